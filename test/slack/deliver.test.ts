import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Tracking } from '../../src/core';
import type { BotMessage } from '../../src/messages/model';
import type { Subscription } from '../../src/subscriptions/store';
import { notificationMessage } from '../../src/watcher/notification-view';
import { expectNoPingsNorSecrets } from './checks';
import { elementOfType, elementsOf, mrkdwnOf, textOf } from './fake-slack/payloads';
import { TEAM_ID } from './fake-slack/web-api';
import { BOT_TOKEN, startSlackHarness, type SlackHarness } from './harness';

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

const to = (channelId: string) => ({ platform: 'slack' as const, workspaceId: TEAM_ID, channelId });
const sub: Subscription = {
  platform: 'slack', workspaceId: TEAM_ID, channelId: 'C0NEWS', carrier: 'dhl', number: '7700000002',
  addedBy: 'U0ALICE', createdAt: '2024-05-01T10:00:00Z', lastNotifiedStatus: 'transit',
};
const tracking = {
  tracking_number: '7700000002',
  carrier_code: 'dhl',
  status: 'delivered',
  title: 'gift <@U999>',
  origin_info: { trackinfo: [{ Date: '2024-05-02 09:00', StatusDescription: '<!channel> hi @everyone', Details: 'Rome' }] },
} as Tracking;
const notification = () => notificationMessage(sub, tracking, 'delivered');

describe('deliver', () => {
  it('posts the notification with chat.postMessage, escaped so it cannot ping', async () => {
    const result = await h.adapter.deliver(to('C0NEWS'), notification(), 'sub-1:delivered');
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^\d+\.\d+$/) });
    const [call] = h.web.callsOf('chat.postMessage');
    expect(call?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call?.body).toMatchObject({ channel: 'C0NEWS', text: expect.stringContaining('gift &lt;@U999&gt;') });
    expect(mrkdwnOf(call?.body.blocks)).toContain('&lt;!channel&gt; hi @everyone — Rome');
    // A notification goes to everyone already: no Share button, but its own actions.
    expect(elementsOf(call?.body.blocks).map((e) => e.text.text)).toEqual(['Show', 'Unwatch']);
  });

  it.each(['channel_not_found', 'is_archived', 'not_in_channel'])('reports %s as channel-gone', async (error) => {
    h.web.channelErrors.set('C0GONE', error);
    expect(await h.adapter.deliver(to('C0GONE'), notification(), 'k')).toEqual({ ok: false, reason: 'channel-gone' });
  });

  it.each(['token_revoked', 'invalid_auth', 'account_inactive', 'missing_scope', 'ratelimited'])(
    'reports %s as retry-later (the operator fixes the bot, the subscriptions stay)',
    async (error) => {
      h.web.channelErrors.set('C0BAD', error);
      const result = await h.adapter.deliver(to('C0BAD'), notification(), 'k');
      expect(result).toEqual({ ok: false, reason: 'retry-later', detail: `Slack answered ${error}` });
    },
  );

  it('reports an HTTP 503 as retry-later, without any token in the detail', async () => {
    h.web.channelHttpStatus.set('C0DOWN', 503);
    const result = await h.adapter.deliver(to('C0DOWN'), notification(), 'k');
    expect(result).toEqual({ ok: false, reason: 'retry-later', detail: 'Slack answered HTTP 503' });
  });
});

describe('deliver in the message\'s own language', () => {
  it('an Italian notification says "Mostra" and its renderer-added strings in Italian too', async () => {
    const italian = notificationMessage({ ...sub, locale: 'it-IT' }, tracking, 'delivered');
    expect(italian.locale).toBe('it-IT');
    // Many events, a link and a carrier search: everything the renderer adds by itself.
    const events = Array.from({ length: 60 }, (_, i) => ({ time: `2024-05-02 ${String(i % 24).padStart(2, '0')}:00`, description: `evento ${i}` }));
    const message: BotMessage = {
      ...italian,
      fields: Array.from({ length: 30 }, (_, i) => ({ label: `c${i}`, value: 'v' })),
      timeline: { events, more: 0 },
      url: 'https://carrier.example/track',
      actions: [...(italian.actions ?? []), { type: 'select', placeholder: 'Corriere', options: [{ label: 'UPS', command: 'carrier dhl 7700000002 ups' }], searchCarriersCommand: 'carrier dhl 7700000002 {carrier}' }],
    };
    expect(await h.adapter.deliver(to('C0NEWS'), message, 'k')).toMatchObject({ ok: true });
    const blocks = h.web.callsOf('chat.postMessage')[0]?.body.blocks;
    const shown = textOf(blocks);
    expect(shown).toMatch(/_altri \d+ eventi precedenti_/);
    expect(shown).toContain('|Sito del corriere>');
    expect(elementOfType(blocks, 'external_select').placeholder.text).toBe('Cerca tra tutti i corrieri…');
    expect(elementsOf(blocks).map((e) => e.text?.text).slice(0, 2)).toEqual(['Mostra', 'Smetti di seguire']);
    expect(shown).not.toMatch(/older events|Carrier website|Search all carriers/);
  });
});
