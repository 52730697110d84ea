import { afterEach, beforeEach, expect, it } from 'vitest';
import type { BotMessage } from '../../src/messages/model';
import { startDiscordHarness, type DiscordHarness } from './harness';

let h: DiscordHarness;
beforeEach(async () => {
  h = await startDiscordHarness();
});
afterEach(async () => {
  await h.close();
});

const NOTIFICATION: BotMessage = {
  kind: 'notification',
  title: '4px 300403513351 @everyone',
  badge: { status: 'delivered', emoji: '✅', label: 'Delivered' },
  text: 'Delivered to the **front door**',
  actions: [{ type: 'button', label: 'Refresh', command: 'refresh 4px 300403513351' }],
  visibility: 'public',
};

function address(channelId: string) {
  return { platform: 'discord' as const, workspaceId: h.fake.world.guildId, channelId };
}

it('posts to the channel with a short nonce and enforce_nonce, so a re-send is dropped', async () => {
  const key = 'sub:discord:guild:channel:4px:300403513351:delivered';
  const first = await h.adapter.deliver(address(h.fake.world.channelId), NOTIFICATION, key);
  const again = await h.adapter.deliver(address(h.fake.world.channelId), NOTIFICATION, key);

  const posts = h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${h.fake.world.channelId}/messages`);
  expect(posts).toHaveLength(2);
  const [body] = posts.map((p) => p.body);
  expect(body.enforce_nonce).toBe(true);
  expect(body.nonce).toMatch(/^[0-9a-f]{25}$/);
  expect(posts[1]?.body.nonce).toBe(body.nonce);
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.embeds[0]).toMatchObject({ title: '4px 300403513351 @\u200beveryone', color: 0x2ecc71, description: 'Delivered to the \\*\\*front door\\*\\*' });
  expect(body.components[0].components.map((c: any) => c.label)).toEqual(['Refresh']);
  expect(first).toMatchObject({ ok: true, messageId: expect.stringMatching(/^\d+$/) });
  expect(again).toEqual(first);
});

it('gives different notifications different nonces', async () => {
  await h.adapter.deliver(address(h.fake.world.channelId), NOTIFICATION, 'key-a');
  await h.adapter.deliver(address(h.fake.world.channelId), NOTIFICATION, 'key-b');
  const nonces = h.fake.requests.filter((r) => r.path.endsWith('/messages')).map((r) => r.body.nonce);
  expect(new Set(nonces).size).toBe(2);
});

it.each([
  { status: 404, code: 10003, message: 'Unknown Channel' },
  { status: 403, code: 50001, message: 'Missing Access' },
])('maps $status $message to channel-gone', async (failure) => {
  const channelId = h.fake.world.nextId();
  h.fake.channelFailures.set(channelId, failure);
  expect(await h.adapter.deliver(address(channelId), NOTIFICATION, 'k')).toEqual({ ok: false, reason: 'channel-gone' });
});

it('maps a server error that outlasts the REST retries to retry-later', async () => {
  const channelId = h.fake.world.nextId();
  h.fake.channelFailures.set(channelId, { status: 503, code: 0, message: 'Service Unavailable' });
  const result = await h.adapter.deliver(address(channelId), NOTIFICATION, 'k');
  expect(result).toMatchObject({ ok: false, reason: 'retry-later', detail: expect.stringContaining('503') });
});
