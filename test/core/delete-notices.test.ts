import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/actor';
import { noticeMessage, Outbox } from '../../src/subscriptions/outbox';
import { slackUser, startHarness, type Harness } from './harness';

const alice = slackUser('UALICE');
const admin = slackUser('UADMIN');
const aliceInOtherChannel: Actor = { ...alice, channelId: 'C2', locale: 'it-IT' };
const carolInOtherTeam: Actor = { platform: 'slack', userId: 'UCAROL', workspaceId: 'T2', channelId: 'C9', facts: {} };
const dave: Actor = { platform: 'discord', userId: '111', workspaceId: 'G1', channelId: 'D1', facts: {} };
const operator: Actor = { platform: 'console', userId: 'local', workspaceId: 'local', channelId: 'console', facts: { isLocalOperator: true } };
const PILLOW = '4px 300403513351';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Subscriptions written straight to the store: who may watch is not what these tests are about. */
async function watchFrom(...actors: Actor[]): Promise<void> {
  for (const { platform, workspaceId, channelId, userId, locale } of actors)
    await h.subscriptions.add({ platform, workspaceId, channelId, carrier: '4px', number: '300403513351', addedBy: userId, createdAt: '2024-05-01T10:00:00Z', ...(locale ? { locale } : {}) });
}

describe('delete tells the other watching channels through the outbox', () => {
  it('answers exactly as before, and leaves one notice per other channel, none for its own', async () => {
    await watchFrom(alice, aliceInOtherChannel, carolInOtherTeam, dave);
    const done = await h.core.handleText(`delete ${PILLOW} confirm`, admin);
    expect(done).toEqual({ kind: 'info', text: `Deleted ${PILLOW}.`, visibility: 'private' });
    expect(h.subscriptions.all).toEqual([]);

    const notices = await new Outbox(h.kv).all();
    expect(notices.map((n) => [n.address.channelId, n.key, n.params['platform'], n.locale])).toEqual([
      ['C2', 'notify.deleted.otherChannel', 'Slack', 'it-IT'],
      ['C9', 'notify.deleted.otherWorkspace', 'Slack', undefined],
      ['D1', 'notify.deleted.otherWorkspace', 'Slack', undefined],
    ]);
    expect(new Set(notices.map((n) => n.id)).size).toBe(3);
    // Mention-free: no user id of the deleter travels to other channels.
    expect(JSON.stringify(notices)).not.toMatch(/UADMIN|UALICE/);
    expect(notices.map((n) => noticeMessage(n).text)).toEqual([
      `${PILLOW} è stata eliminata da TrackingMore da qualcuno in un altro canale, quindi questo canale non la segue più.`,
      `${PILLOW} was deleted from TrackingMore by someone on Slack in another workspace, so this channel no longer watches it.`,
      `${PILLOW} was deleted from TrackingMore by someone on Slack in another workspace, so this channel no longer watches it.`,
    ]);
  });

  it('names the operator when the delete came from the console', async () => {
    await watchFrom(dave);
    await h.core.handleText(`delete ${PILLOW} confirm`, operator);
    const [notice] = await new Outbox(h.kv).all();
    expect(notice && noticeMessage(notice)).toEqual({
      kind: 'notification',
      text: `${PILLOW} was deleted from TrackingMore by the bot's operator on the console, so this channel no longer watches it.`,
      visibility: 'public',
    });
  });

  it('leaves nothing when only the deleting channel watched it, or when the delete was refused', async () => {
    await watchFrom(aliceInOtherChannel);
    await h.core.handleText(`delete ${PILLOW} confirm`, alice);
    expect(h.sandbox.calls.deleteTracking).toBe(0);
    expect(await new Outbox(h.kv).all()).toEqual([]);

    await h.core.handleText(`delete ${PILLOW} confirm`, { ...admin, channelId: 'C2' });
    expect(h.sandbox.calls.deleteTracking).toBe(1);
    expect(await new Outbox(h.kv).all()).toEqual([]);
  });
});
