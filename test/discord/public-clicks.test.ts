import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Tracking } from '../../src/core';
import type { Subscription } from '../../src/subscriptions/store';
import { notificationMessage } from '../../src/watcher/notification-view';
import { ALICE, BOB, buttonLabelled, buttonsOf, EPHEMERAL, expectNoPingsNorSecrets, shownMessage, startDiscordHarness, type DiscordHarness } from './harness';

/** Rule A4: answers are private unless shared, whatever message the click came from. */
let h: DiscordHarness;
beforeEach(async () => {
  h = await startDiscordHarness();
});
afterEach(async () => {
  try {
    expectNoPingsNorSecrets(h);
  } finally {
    await h.close();
  }
});

const tracking = {
  tracking_number: '300403513351',
  carrier_code: '4px',
  status: 'pickup',
  title: 'cute pillow',
  origin_info: {
    trackinfo: [
      { Date: '2024-05-03 09:00', StatusDescription: 'Out for delivery', Details: 'Rome' },
      { Date: '2024-05-02 09:00', StatusDescription: 'Arrived', Details: 'Milan' },
      { Date: '2024-05-01 09:00', StatusDescription: 'Departed', Details: 'Shenzhen' },
    ],
  },
} as Tracking;

function subscription(locale?: string): Subscription {
  const { guildId, channelId } = h.fake.world;
  return {
    platform: 'discord', workspaceId: guildId, channelId, carrier: '4px', number: '300403513351',
    addedBy: ALICE.userId, createdAt: '2024-05-01T10:00:00Z', lastNotifiedStatus: 'transit', ...(locale && { locale }),
  };
}

/** Delivers a notification to the channel and returns the body Discord got. */
async function deliver(locale?: string): Promise<any> {
  const { guildId, channelId } = h.fake.world;
  const result = await h.adapter.deliver({ platform: 'discord', workspaceId: guildId, channelId }, notificationMessage(subscription(locale), tracking, 'pickup'), `k-${locale}`);
  expect(result.ok).toBe(true);
  return h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`).at(-1)?.body;
}

describe('a click on a public notification', () => {
  it('Show: the clicker gets the tracking view in an ephemeral reply; the notification is not touched', async () => {
    const notification = await deliver();
    const click = h.click(shownMessage(h.fake.world, notification, 0), { customId: buttonLabelled(notification, 'Show').custom_id }, BOB);
    const deferral = await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the deferral');
    expect(deferral.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await h.waitFor(click, (r) => r.method === 'PATCH', 'the private view');
    expect(edit.path).toBe(`/webhooks/${h.fake.world.applicationId}/${click.token}/messages/@original`);
    expect(edit.body.embeds[0].title).toBe('cute pillow');
    expect(buttonsOf(edit.body).map((b) => b.label)).toEqual(expect.arrayContaining(['Refresh', 'Share']));
    // No update of the clicked message (callback 7), no channel message edited or posted.
    const touched = h.fake.requests.filter((r) => (r.path.endsWith('/callback') && r.body?.type === 7) || (r.path.startsWith('/channels/') && r.method !== 'GET'));
    expect(touched.map((r) => r.method)).toEqual(['POST']);
  });

  it('Unwatch: "you stopped watching" goes to the clicker alone', async () => {
    await h.answer(h.command('watch', [{ name: 'carrier', value: '4px' }, { name: 'number', value: '300403513351' }], ALICE));
    const notification = await deliver();
    const click = h.click(shownMessage(h.fake.world, notification, 0), { customId: buttonLabelled(notification, 'Unwatch').custom_id }, ALICE);
    const deferral = await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the deferral');
    expect(deferral.body.data.flags).toBe(EPHEMERAL);
    const edit = await h.waitFor(click, (r) => r.method === 'PATCH', 'the answer');
    expect(edit.body.embeds[0].description).toBe('This channel no longer gets updates for 4px 300403513351.');
    expect(h.subscriptions.all).toEqual([]);
  });
});

describe('a notification in its subscriber\'s language', () => {
  it('writes the renderer-added "n older events" and "Other carrier…" in Italian', async () => {
    const notification = await deliver('it-IT');
    expect(buttonsOf(notification).map((b) => b.label)).toEqual(['Mostra', 'Smetti di seguire']);
    expect(notification.embeds[0].description).toContain('*altri 2 eventi precedenti*');
    expect(notification.embeds[0].description).not.toContain('older events');

    const { guildId, channelId } = h.fake.world;
    const withSearch = {
      kind: 'info' as const,
      text: 'Scegli',
      visibility: 'public' as const,
      locale: 'it',
      actions: [{ type: 'select' as const, placeholder: 'Corriere', options: [{ label: 'UPS', command: 'carrier dhl 1 ups' }], searchCarriersCommand: 'carrier dhl 1 {carrier}' }],
    };
    await h.adapter.deliver({ platform: 'discord', workspaceId: guildId, channelId }, withSearch, 'k-search');
    const body = h.fake.requests.filter((r) => r.path === `/channels/${channelId}/messages`).at(-1)?.body;
    expect(buttonsOf(body).map((b) => b.label)).toEqual(['Altro corriere…']);
  });
});
