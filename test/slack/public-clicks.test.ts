import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replyModeOf } from '../../adapters/slack/click';
import type { Tracking } from '../../src/core';
import type { BotMessage } from '../../src/messages/model';
import type { Subscription } from '../../src/subscriptions/store';
import { notificationMessage } from '../../src/watcher/notification-view';
import { expectNoPingsNorSecrets } from './checks';
import { buttonLabelled, CHANNEL_ID, elementsOf, textOf } from './fake-slack/payloads';
import { TEAM_ID } from './fake-slack/web-api';
import { ALICE, BOB, startSlackHarness, type SlackHarness } from './harness';

/** Rule A4: answers are private unless shared, whatever message the click came from. */
let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  try {
    expectNoPingsNorSecrets(h);
  } finally {
    await h.close();
  }
});

const sub: Subscription = {
  platform: 'slack', workspaceId: TEAM_ID, channelId: CHANNEL_ID, carrier: '4px', number: '300403513351',
  addedBy: ALICE, createdAt: '2024-05-01T10:00:00Z', lastNotifiedStatus: 'transit',
};
const tracking = {
  tracking_number: '300403513351',
  carrier_code: '4px',
  status: 'pickup',
  title: 'cute pillow',
  origin_info: { trackinfo: [{ Date: '2024-05-02 09:00', StatusDescription: 'Out for delivery', Details: 'Rome' }] },
} as Tracking;

/** Delivers a notification and returns the blocks the channel got. */
async function deliveredNotification(): Promise<any[]> {
  const result = await h.adapter.deliver({ platform: 'slack', workspaceId: TEAM_ID, channelId: CHANNEL_ID }, notificationMessage(sub, tracking, 'pickup'), 'k');
  expect(result.ok).toBe(true);
  const [post] = h.web.callsOf('chat.postMessage');
  return post?.body.blocks;
}

describe('a click on a public notification', () => {
  it('Show: the clicker gets the tracking view privately; the channel\'s notification is not replaced', async () => {
    const blocks = await deliveredNotification();
    const click = await h.click({ blocks, ephemeral: false }, buttonLabelled(blocks, 'Show'), BOB);
    const answer = (await h.responses.next(click.responseUrl)).body;
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(answer.blocks[0].text.text).toBe('🚚 cute pillow · In transit');
    expect(elementsOf(answer.blocks).map((e) => e.text?.text)).toEqual(expect.arrayContaining(['Refresh', 'Delete', 'Share in channel']));
    // Nothing else went to the response_url (a replace_original would have), and nothing through the Web API.
    expect(h.responses.to(click.responseUrl)).toHaveLength(1);
    expect(h.web.callsOf('chat.update')).toEqual([]);
    expect(h.web.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('Unwatch: "you stopped watching" goes to the clicker alone', async () => {
    await h.reply('watch 4px 300403513351', ALICE);
    const blocks = await deliveredNotification();
    const click = await h.click({ blocks, ephemeral: false }, buttonLabelled(blocks, 'Unwatch'), ALICE);
    const answer = (await h.responses.next(click.responseUrl)).body;
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(answer.blocks)).toContain('This channel no longer gets updates for 4px 300403513351.');
    expect(h.responses.to(click.responseUrl)).toHaveLength(1);
  });
});

describe('replyModeOf', () => {
  const privateAnswer: BotMessage = { kind: 'info', text: 'x', visibility: 'private' };
  const publicAnswer: BotMessage = { kind: 'info', text: 'x', visibility: 'public' };
  const error: BotMessage = { kind: 'error', text: 'x', visibility: 'private' };

  it('replaces the clicked message only when both are seen by the same people', () => {
    expect(replyModeOf(privateAnswer, true)).toEqual({ responseType: 'ephemeral', replaceOriginal: true });
    expect(replyModeOf(privateAnswer, false)).toEqual({ responseType: 'ephemeral', replaceOriginal: false });
    expect(replyModeOf(publicAnswer, false)).toEqual({ responseType: 'in_channel', replaceOriginal: true });
    expect(replyModeOf(publicAnswer, true)).toEqual({ responseType: 'in_channel', replaceOriginal: false });
  });

  it('sends every error to the clicker alone', () => {
    expect(replyModeOf(error, false)).toEqual({ responseType: 'ephemeral', replaceOriginal: false });
    expect(replyModeOf(error, true)).toEqual({ responseType: 'ephemeral', replaceOriginal: false });
  });
});
