import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { general, guild, OVERLAP, PILLOW, random, SHOES, WorldFactory } from './sandbox-harness';

const worlds = new WorldFactory();
afterEach(() => worlds.closeAll());
afterAll(() => worlds.removeFiles());

describe('Watcher polling the sandbox through the real client', () => {
  it('brings a change to exactly the channels watching it, once, with one list call per cycle', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.subscribe(guild, PILLOW);
    await w.subscribe(random, SHOES);
    await w.watcher.pollOnce();

    w.tick(120);
    w.sandbox.advance(PILLOW, 'pickup');
    w.tick(30);
    w.sandbox.resetCalls();
    expect(await w.watcher.pollOnce()).toEqual({ trackings: 1, delivered: 2, deferred: 0 });
    expect(w.sandbox.calls.listTrackings).toBe(1);
    expect(w.sandbox.totalCalls()).toBe(1);

    expect(w.slack.delivered.map((d) => d.to)).toEqual([general]);
    expect(w.discord.delivered.map((d) => d.to)).toEqual([guild]);
    const [sent] = w.slack.delivered;
    expect(sent?.message).toMatchObject({ kind: 'notification', title: 'cute pillow (4px 300403513351)', text: '🚚 In transit → 📬 Out for delivery / ready for pickup', visibility: 'public' });
    expect(sent?.message.actions?.map((a) => a.type === 'button' && a.command)).toEqual(['show 4px 300403513351', 'unwatch 4px 300403513351']);
    expect((await w.store.subscriptions.get(general, PILLOW))?.lastNotifiedStatus).toBe('pickup');

    // The change is 30 s older than the cursor, inside the 60 s overlap: listed again, told to nobody.
    w.tick(30);
    expect(await w.watcher.pollOnce()).toEqual({ trackings: 1, delivered: 0, deferred: 0 });
    expect(w.slack.attempts.length + w.discord.attempts.length).toBe(2);
  });

  it('announces only the filtered statuses, but always the final one, which ends the subscription and says so', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW, { statuses: ['exception'] });
    await w.subscribe(guild, PILLOW);
    await w.watcher.pollOnce();

    w.tick(120);
    w.sandbox.advance(PILLOW, 'pickup');
    await w.watcher.pollOnce();
    expect(w.slack.delivered).toEqual([]);
    expect(w.discord.delivered.map((d) => d.message.badge?.status)).toEqual(['pickup']);

    w.tick(120);
    w.sandbox.advance(PILLOW, 'exception');
    await w.watcher.pollOnce();
    // The filtered channel was last told "in transit".
    expect(w.slack.delivered.map((d) => d.message.text)).toEqual(['🚚 In transit → 🚨 Exception']);

    w.tick(120);
    w.sandbox.advance(PILLOW, 'delivered');
    expect(await w.watcher.pollOnce()).toMatchObject({ delivered: 2 });
    for (const adapter of [w.slack, w.discord]) {
      const last = adapter.delivered.at(-1)?.message;
      expect(last?.text).toBe('🚨 Exception → ✅ Delivered\nThat was the last update: this channel no longer watches 4px 300403513351.');
      expect(last?.actions?.map((a) => a.type === 'button' && a.command)).toEqual(['show 4px 300403513351']);
    }
    expect(await w.store.subscriptions.listByTracking(PILLOW)).toEqual([]);
    expect(w.logs.filter((l) => l.msg === 'watcher: subscription ended' && l.reason === 'final status delivered')).toHaveLength(2);

    w.tick(10);
    await w.watcher.pollOnce();
    expect(w.slack.delivered).toHaveLength(2);
    expect(w.discord.delivered).toHaveLength(3);
  });

  it('removes the subscription of a channel that is gone, with a log line, and keeps the others', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.subscribe(guild, PILLOW);
    await w.watcher.pollOnce();
    w.slack.script.push({ ok: false, reason: 'channel-gone' });
    w.tick(120);
    w.sandbox.advance(PILLOW, 'pickup');
    expect(await w.watcher.pollOnce()).toEqual({ trackings: 1, delivered: 1, deferred: 0 });

    expect(await w.store.subscriptions.get(general, PILLOW)).toBeUndefined();
    expect(await w.store.subscriptions.listByChannel(general)).toEqual([]);
    expect((await w.store.subscriptions.get(guild, PILLOW))?.lastNotifiedStatus).toBe('pickup');
    expect(w.logs).toContainEqual(expect.objectContaining({ msg: 'watcher: subscription ended', reason: 'channel gone', channelId: 'C1' }));
  });

  it('resumes from the cursor in the store after a restart and delivers what changed while it was down', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.watcher.pollOnce();
    const savedAt = Math.floor(w.clock.ms / 1000);

    // Down for 5000 s; the tracking moves meanwhile.
    w.tick(1000);
    w.sandbox.advance(PILLOW, 'pickup');
    w.tick(4000);
    const after = await w.restart();
    expect(await after.watcher.pollOnce()).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    expect(after.source.queries).toEqual([{ update_time_min: savedAt - OVERLAP, page: 1, limit: 2000 }]);
    expect(after.slack.delivered.map((d) => d.message.badge?.status)).toEqual(['pickup']);
  });

  it('parks a deferred delivery, advances the cursor, and re-sends it next cycle by key, with the same key and no re-listing', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.watcher.runCycle();
    const start = Math.floor(w.clock.ms / 1000);
    w.slack.script.push({ ok: false, reason: 'retry-later', detail: '429' });
    w.tick(60);
    w.sandbox.advance(PILLOW, 'pickup');
    w.tick(600);
    const first = Math.floor(w.clock.ms / 1000);
    expect((await w.watcher.runCycle()).poll).toEqual({ trackings: 1, delivered: 0, deferred: 1 });
    w.tick(600);
    w.sandbox.resetCalls();
    const cycle = await w.watcher.runCycle();
    expect(cycle.poll).toEqual({ trackings: 0, delivered: 0, deferred: 0 });
    expect(cycle.retried).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    // The poll's one list call; the retry used what was parked.
    expect(w.sandbox.totalCalls()).toBe(1);
    const pollQueries = w.source.queries.filter((q) => q.update_time_max === undefined);
    expect(pollQueries.map((q) => q.update_time_min)).toEqual([start - OVERLAP, start - OVERLAP, first - OVERLAP]);
    expect(new Set(w.slack.attempts.map((a) => a.idempotencyKey)).size).toBe(1);
    expect(w.slack.delivered.map((d) => d.message.text)).toEqual(['🚚 In transit → 📬 Out for delivery / ready for pickup']);
    expect((await w.store.subscriptions.get(general, PILLOW))?.lastNotifiedStatus).toBe('pickup');
  });

  it('pages 2000 at a time and asks the client to space list calls 1 s apart', async () => {
    const w = await worlds.start();
    await w.watcher.pollOnce();
    w.tick(60);
    for (let i = 0; i < 2001; i += 1) w.sandbox.addTracking({ carrier: 'dhl', number: `JD${String(i).padStart(8, '0')}`, status: 'transit', events: [{ at: w.clock.ms, description: 'Departed', status: 'transit' }] });
    await w.subscribe(general, { carrier: 'dhl', number: 'JD00000000' }, { lastNotifiedStatus: 'pending' });
    w.tick(60);
    w.sleeps.length = 0;
    w.sandbox.resetCalls();
    expect(await w.watcher.pollOnce()).toEqual({ trackings: 2001, delivered: 1, deferred: 0 });
    expect(w.sandbox.calls.listTrackings).toBe(2);
    expect(w.source.queries.slice(-2).map((q) => [q.page, q.limit])).toEqual([[1, 2000], [2, 2000]]);
    expect(w.sleeps).toEqual([1000]);
  });
});
