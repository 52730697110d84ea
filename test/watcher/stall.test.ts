import { afterAll, afterEach, expect, it } from 'vitest';
import { STALL_CURSOR_KEY } from '../../src/watcher/poll-cursor';
import { general, guild, OVERLAP, PILLOW, random, SHOES, STALL_DAYS, WorldFactory } from './sandbox-harness';

const worlds = new WorldFactory();
afterEach(() => worlds.closeAll());
afterAll(() => worlds.removeFiles());

const DAY = 86_400;
const STALLED = 'No news for 8 days: 4px 300403513351 has not moved since its last event.';

it('alerts each watching channel once per stall: not every cycle, not after a restart; again after it moved and stalled anew', async () => {
  const w = await worlds.start();
  await w.subscribe(general, PILLOW);
  await w.subscribe(guild, PILLOW, { statuses: ['delivered'] });
  await w.subscribe(random, SHOES);
  // SHOES moved recently; PILLOW's last event stays 7 h before the start.
  w.tick(3 * DAY);
  w.sandbox.advance(SHOES, 'pickup');
  expect((await w.watcher.runCycle()).stall).toEqual({ trackings: 0, delivered: 0, deferred: 0 });
  const firstCheck = Math.floor(w.clock.ms / 1000);

  w.tick(5 * DAY);
  const now = Math.floor(w.clock.ms / 1000);
  const cycle = await w.watcher.runCycle();
  expect(cycle.stall).toEqual({ trackings: 1, delivered: 2, deferred: 0 });
  // Only the trackings that crossed the line since the last check are listed.
  expect(w.source.queries.at(-1)).toEqual({ update_time_min: firstCheck - STALL_DAYS * DAY - OVERLAP, update_time_max: now - STALL_DAYS * DAY, page: 1, limit: 2000 });
  const alerts = [...w.slack.delivered, ...w.discord.delivered].filter((d) => d.message.text === STALLED);
  expect(alerts.map((d) => d.to)).toEqual([general, guild]);
  expect(alerts[0]?.message).toMatchObject({ kind: 'notification', badge: { status: 'transit' }, visibility: 'public' });
  expect(w.slack.delivered.filter((d) => d.to.channelId === 'C2')).toHaveLength(1);

  // Every cycle for a day: the stall window is listed hourly, no second alert.
  for (let hour = 0; hour < 24; hour += 1) {
    w.tick(1800);
    await w.watcher.runCycle();
  }
  const stallAlerts = () => [...w.slack.delivered, ...w.discord.delivered].filter((d) => d.message.text?.startsWith('No news')).length;
  expect(stallAlerts()).toBe(2);

  // A crash right after the alerts, before the stall window was saved: the restart lists it all again.
  await w.store.kv.delete(STALL_CURSOR_KEY);
  const after = await w.restart();
  expect((await after.watcher.runCycle()).stall).toMatchObject({ deferred: 0 });
  expect([...after.slack.attempts, ...after.discord.attempts]).toEqual([]);

  // It moves (the filtered channel hears nothing), then stalls again: one new alert each.
  after.tick(60);
  after.sandbox.advance(PILLOW, 'pickup');
  await after.watcher.runCycle();
  expect(after.slack.delivered.map((d) => d.message.badge?.status)).toEqual(['pickup']);
  after.tick(STALL_DAYS * DAY + 2 * 3600);
  await after.watcher.runCycle();
  after.tick(3600);
  await after.watcher.runCycle();
  const second = [...after.slack.delivered, ...after.discord.delivered].filter((d) => d.message.text?.startsWith('No news for 7 days'));
  expect(second.map((d) => d.to)).toEqual([general, guild]);
});

it('skips final statuses and trackings whose last event is recent, and drops a channel that is gone', async () => {
  const w = await worlds.start();
  const parcel = { carrier: 'dhl', number: '1234567890' };
  const fresh = { carrier: 'usps', number: '9400111899223197428490' };
  w.sandbox.addTracking({ ...parcel, status: 'delivered' });
  w.tick(8 * DAY);
  w.sandbox.addTracking({ ...fresh, status: 'transit', events: [{ at: w.clock.ms - DAY, description: 'Arrived at hub', status: 'transit' }] });
  // TrackingMore's update time says 10 days; the last event says 1.
  w.sandbox.setUpdatedAt(fresh, w.clock.ms - 10 * DAY * 1000);
  await w.subscribe(general, PILLOW);
  await w.subscribe(random, SHOES);
  await w.subscribe(guild, parcel);
  await w.subscribe(guild, fresh);
  w.slack.script.push({ ok: false, reason: 'channel-gone' });

  const cycle = await w.watcher.runCycle();
  // First check ever: no lower bound.
  expect(w.source.queries.at(-1)).toEqual({ update_time_max: Math.floor(w.clock.ms / 1000) - STALL_DAYS * DAY, page: 1, limit: 2000 });
  expect(cycle.stall).toEqual({ trackings: 4, delivered: 1, deferred: 0 });
  expect(w.discord.attempts).toEqual([]);
  expect(await w.store.subscriptions.get(general, PILLOW)).toBeUndefined();
  expect(w.logs).toContainEqual(expect.objectContaining({ msg: 'watcher: subscription ended', reason: 'channel gone', channelId: 'C1' }));
  expect(w.slack.delivered.map((d) => [d.to.channelId, d.message.text])).toEqual([['C2', 'No news for 8 days: ups 1Z999AA10123456784 has not moved since its last event.']]);
});

it('parks a stall alert that fails and still advances the stall window: the alert goes out once, next cycle, and the window is listed hourly', async () => {
  const w = await worlds.start();
  await w.subscribe(general, PILLOW);
  w.tick(8 * DAY);
  w.slack.script.push({ ok: false, reason: 'retry-later', detail: 'Slack answered 503' });
  expect((await w.watcher.runCycle()).stall).toEqual({ trackings: 2, delivered: 0, deferred: 1 });
  const firstCheck = Math.floor(w.clock.ms / 1000);

  w.tick(1800);
  const cycle = await w.watcher.runCycle();
  expect(cycle.stall).toBeUndefined();
  expect(cycle.retried).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
  expect(w.slack.delivered.map((d) => d.message.text)).toEqual([STALLED]);

  w.tick(1800);
  expect((await w.watcher.runCycle()).stall).toEqual({ trackings: 0, delivered: 0, deferred: 0 });
  expect(w.source.queries.at(-1)).toMatchObject({ update_time_min: firstCheck - STALL_DAYS * DAY - OVERLAP });
  expect(w.slack.attempts).toHaveLength(2);
});
