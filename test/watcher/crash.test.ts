import { afterAll, afterEach, expect, it } from 'vitest';
import { general, guild, PILLOW, WorldFactory } from './sandbox-harness';

const worlds = new WorldFactory();
afterEach(() => worlds.closeAll());
afterAll(() => worlds.removeFiles());

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

it('delivers exactly once when the process dies between noticing a change and posting it', async () => {
  const first = await worlds.start();
  await first.subscribe(guild, PILLOW);
  await first.subscribe(general, PILLOW);
  await first.watcher.pollOnce();
  first.tick(60);
  first.sandbox.advance(PILLOW, 'pickup');
  first.tick(60);

  // Discord takes its message; the Slack post never returns: the process "dies" there.
  first.slack.script.push('hang');
  void first.watcher.pollOnce();
  await until(() => first.slack.attempts.length === 1);
  expect(first.discord.delivered).toHaveLength(1);
  expect(first.slack.delivered).toEqual([]);

  const second = await first.restart();
  second.tick(300);
  expect(await second.watcher.pollOnce()).toMatchObject({ delivered: 1, deferred: 0 });
  expect(second.discord.attempts).toEqual([]);
  expect(second.slack.delivered.map((d) => d.message.text)).toEqual(['🚚 In transit → 📬 Out for delivery / ready for pickup']);
  // The same change carries the same key in both lives (Discord would drop a duplicate by nonce).
  expect(second.slack.delivered[0]?.idempotencyKey).toBe(first.slack.attempts[0]?.idempotencyKey);

  const third = await second.restart();
  third.tick(30);
  expect(await third.watcher.pollOnce()).toMatchObject({ delivered: 0 });
  expect(third.slack.attempts).toEqual([]);
});

it('ends, without a second message, a final status told just before a crash that kept the subscription', async () => {
  const w = await worlds.start();
  await w.subscribe(general, PILLOW, { lastNotifiedStatus: 'delivered' });
  await w.watcher.pollOnce();
  w.tick(60);
  w.sandbox.advance(PILLOW, 'delivered');
  w.tick(10);
  expect(await w.watcher.pollOnce()).toMatchObject({ delivered: 0 });
  expect(w.slack.attempts).toEqual([]);
  expect(await w.store.subscriptions.get(general, PILLOW)).toBeUndefined();
  expect(w.logs).toContainEqual(expect.objectContaining({ msg: 'watcher: subscription ended', reason: 'final status already announced' }));
});
