import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/declarations';
import { createCore } from '../../src/core';
import type { ButtonAction } from '../../src/messages/model';
import type { Subscription } from '../../src/subscriptions/store';
import { TrackingMoreClient } from '../../src/trackingmore';
import { MemorySubscriptions, slackUser, startHarness, type Harness } from './harness';

const alice = slackUser('UALICE');
const bob = slackUser('UBOB');
const admin = slackUser('UADMIN');

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Every kv read of an owner record, as keyv's own hooks report it. */
function ownerReads(h: Harness): string[] {
  const reads: string[] = [];
  const isOwner = (key: string) => key.includes('owner:');
  h.kv.hooks.addHandler('preGet', ({ key }: { key: string }) => isOwner(key) && reads.push(`get ${key}`));
  h.kv.hooks.addHandler('preGetMany', ({ keys }: { keys: string[] }) => keys.some(isOwner) && reads.push(`getMany ${keys.length}`));
  h.kv.hooks.addHandler('preSet', ({ key }: { key: string }) => isOwner(key) && reads.push(`set ${key}`));
  return reads;
}

describe('declarations are the rules the core enforces', () => {
  it('every command that is not open acts on trackings the core can check', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      if (command.permission === 'open') continue;
      const names = command.options.map((o) => o.name as string);
      expect(names.includes('items') || (names.includes('carrier') && names.includes('number')), name).toBe(true);
    }
  });

  it('owner: a pairs command is refused at the first tracking the actor does not own, nothing sent', async () => {
    await h.core.handleText('add dhl 5555555555', alice);
    await h.core.handleText('add ups 6666666666', bob);
    const reply = await h.core.handleText('archive dhl 5555555555 ups 6666666666', alice);
    expect(reply).toMatchObject({ kind: 'error', text: expect.stringContaining('added ups 6666666666') });
    expect(h.sandbox.calls.updateTrackings).toBe(0);
  });

  it('owner: every tracking of a pairs command is checked with one kv read', async () => {
    await h.core.handleText('add dhl 5555555555 dhl 6666666666 dhl 7777777777', alice);
    const reads = ownerReads(h);
    expect(await h.core.handleText('archive dhl 5555555555 dhl 6666666666 dhl 7777777777', alice)).toMatchObject({
      text: 'Archived 3 tracking(s).',
    });
    expect(reads).toEqual(['getMany 3']);
  });

  it('owner-or-unclaimed: watch never reads the owner back after writing it', async () => {
    const reads = ownerReads(h);
    await h.core.handleText('watch dhl 5555555555', alice);
    expect(h.sandbox.calls.createTracking).toBe(1);
    expect(reads.at(-1)).toMatch(/^set /);
    expect(reads.filter((r) => r.startsWith('set '))).toHaveLength(1);
  });

  it('owner-or-subscriber: whoever subscribed this channel may unwatch a tracking someone else owns', async () => {
    await h.core.handleText('dhl 5555555555', alice);
    const sub: Subscription = {
      platform: 'slack', workspaceId: 'T1', channelId: 'C1', carrier: 'dhl', number: '5555555555', addedBy: 'UBOB', createdAt: '2024-05-01T10:00:00.000Z',
    };
    await h.subscriptions.add(sub);
    expect((await h.core.handleText('unwatch dhl 5555555555', slackUser('UCAROL'))).kind).toBe('error');
    expect(h.subscriptions.all).toHaveLength(1);
    expect((await h.core.handleText('unwatch dhl 5555555555', bob)).text).toBe('This channel no longer gets updates for dhl 5555555555.');
  });

  it('destructive: asks with a danger button carrying the same arguments and the confirmation', async () => {
    const ask = await h.core.run('delete', { carrier: 'UPS', number: '1Z999AA10123456784' }, admin);
    expect(ask).toEqual({
      kind: 'confirm',
      text: 'Really delete ups 1Z999AA10123456784?',
      actions: [{ type: 'button', label: 'Delete', style: 'danger', command: 'delete ups 1Z999AA10123456784 confirm' }],
      visibility: 'private',
    });
    const italian = await h.core.handleText('stop 4px 300403513351', slackUser('UADMIN', {}, 'it'));
    expect(italian.text).toMatch(/^Smettere di aggiornare 1 spedizioni \(4px 300403513351\)\?/);
    expect((italian.actions?.[0] as ButtonAction).label).toBe('Smetti di aggiornare');
    expect(h.sandbox.calls.deleteTracking + h.sandbox.calls.stopUpdating).toBe(0);
  });

  it('the owner check comes before the question: a stranger is refused, not asked', async () => {
    await h.core.handleText('dhl 5555555555', alice);
    expect(await h.core.handleText('stop dhl 5555555555', bob)).toMatchObject({ kind: 'error' });
  });
});

describe('onChange (audit)', () => {
  it('is told after a data-changing command succeeded, not for questions, refusals, errors or reads', async () => {
    await h.core.handleText('dhl 5555555555', alice);
    await h.core.handleText('delete dhl 5555555555', alice); // the question
    await h.core.handleText('delete dhl 5555555555 confirm', bob); // refused
    await h.core.handleText('edit dhl 5555555555', alice); // nothing to change: an error reply
    await h.core.handleText('list', alice); // a read
    await h.core.handleText('delete dhl 5555555555 confirm', alice);
    expect(h.changes).toEqual([
      { userId: 'UALICE', command: 'show', args: { carrier: 'dhl', number: '5555555555' } },
      { userId: 'UALICE', command: 'delete', args: { carrier: 'dhl', number: '5555555555', confirm: 'confirm' } },
    ]);
  });

  it('a throwing audit hook does not turn a done change into an error reply', async () => {
    const unexpected: unknown[] = [];
    const core = createCore({
      tm: new TrackingMoreClient({ apiKey: 'sandbox-key', baseUrl: h.sandbox.url }),
      subscriptions: new MemorySubscriptions(),
      kv: h.kv,
      config: { slackAdminUserIds: [], discordAdminRoleIds: [] },
      onChange: () => {
        throw new Error('audit down');
      },
      onUnexpectedError: (error) => unexpected.push(error),
    });
    expect((await core.handleText('watch 4px 300403513351', alice)).kind).toBe('tracking');
    expect(unexpected).toHaveLength(1);
  });
});
