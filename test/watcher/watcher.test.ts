import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Tracking } from '../../src/core/tracking-api';
import { createLogger } from '../../src/log';
import type { TrackingStatus } from '../../src/messages/model';
import type { Platform } from '../../src/platform/actor';
import { type OpenedStore, openStore } from '../../src/subscriptions/open-store';
import type { Subscription, SubscriptionStore } from '../../src/subscriptions/store';
import { Outbox } from '../../src/subscriptions/outbox';
import { ParkedDeliveries, RETRY_SET_KEY } from '../../src/watcher/parked-deliveries';
import { PollCursor, STALL_CURSOR_KEY } from '../../src/watcher/poll-cursor';
import { GIVE_UP_SECONDS, Watcher } from '../../src/watcher/watcher';
import { MemoryChangeSource, RecordingAdapter } from './fakes';

const dir = mkdtempSync(join(tmpdir(), 'trackbot-watcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ref = { carrier: 'dhl', number: '1234567890' };
const general = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' } as const;
const guild = { platform: 'discord', workspaceId: 'G1', channelId: 'D1' } as const;

function tracking(status: TrackingStatus, number = ref.number): Tracking {
  return {
    carrier_code: ref.carrier,
    tracking_number: number,
    status,
    origin_info: { trackinfo: [{ Date: '2024-05-02 09:00', StatusDescription: `now ${status}`, Details: 'Leipzig' }, { Date: '2024-05-01 09:00', StatusDescription: 'older' }] },
  };
}

function subscription(address: typeof general | typeof guild, extra: Partial<Subscription> = {}): Subscription {
  return { ...address, ...ref, addedBy: 'U1', createdAt: '2024-05-01T00:00:00.000Z', lastNotifiedStatus: 'pending', ...extra };
}

/** Our own SubscriptionStore, with each method call's name recorded. */
function countingCalls(store: SubscriptionStore, calls: string[]): SubscriptionStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** A cursor that counts its loads. */
class CountingCursor extends PollCursor {
  loads = 0;
  override async load(): Promise<number | undefined> {
    this.loads += 1;
    return super.load();
  }
}

describe('Watcher', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(file = `s${cleanups.length}-${Math.random().toString(36).slice(2)}.db`) {
    const store: OpenedStore = await openStore(`sqlite://${join(dir, file)}`);
    cleanups.push(() => store.close());
    const source = new MemoryChangeSource();
    const adapters = new Map<Platform, RecordingAdapter>([
      ['slack', new RecordingAdapter('slack')],
      ['discord', new RecordingAdapter('discord')],
    ]);
    const logs: { msg: string; reason?: string }[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => logs.push(JSON.parse(line)) } });
    let clock = 1_717_000_000;
    const storeCalls: string[] = [];
    const subscriptions = countingCalls(store.subscriptions, storeCalls);
    const watcher = new Watcher({ source, subscriptions, cursor: new PollCursor(store.kv), parked: new ParkedDeliveries(store.kv), outbox: new Outbox(store.kv), adapters, logger, overlapSeconds: 60, now: () => clock });
    return {
      store, source, adapters, logs, watcher, file, storeCalls,
      slack: adapters.get('slack') as RecordingAdapter,
      discord: adapters.get('discord') as RecordingAdapter,
      tick: (seconds: number) => (clock += seconds),
      at: () => clock,
    };
  }

  it('posts one notification per changed subscription, then stays quiet', async () => {
    const { store, source, slack, discord, watcher, at } = await setUp();
    await store.subscriptions.add(subscription(general));
    await store.subscriptions.add(subscription(guild, { lastNotifiedStatus: 'transit' }));
    source.put(tracking('transit'), at());

    expect(await watcher.pollOnce()).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    expect(discord.delivered).toEqual([]);
    const [sent] = slack.delivered;
    expect(sent?.to).toEqual(general);
    expect(sent?.message).toMatchObject({ kind: 'notification', badge: { status: 'transit' }, text: '🕓 Pending → 🚚 In transit', visibility: 'public' });
    expect(sent?.message.timeline?.events).toEqual([{ time: '2024-05-02 09:00', description: 'now transit', location: 'Leipzig' }]);
    expect(sent?.message.actions?.map((a) => a.type === 'button' && a.command)).toEqual(['show dhl 1234567890', 'unwatch dhl 1234567890']);
    // A whole SHA-256: the core does not cut the key to any platform's limit.
    expect(sent?.idempotencyKey).toMatch(/^[\w-]{43}$/);
    expect((await store.subscriptions.get(general, ref))?.lastNotifiedStatus).toBe('transit');

    expect(await watcher.pollOnce()).toEqual({ trackings: 1, delivered: 0, deferred: 0 });
    expect(slack.delivered).toHaveLength(1);
  });

  it('parks a failing delivery and always advances the cursor: another channel still hears a later change; the parked one is sent once, later', async () => {
    const { store, source, slack, discord, watcher, at, tick } = await setUp();
    const parcel = { carrier: 'dhl', number: 'N2' };
    await store.subscriptions.add(subscription(general));
    await store.subscriptions.add({ ...subscription(guild), ...parcel, lastNotifiedStatus: 'transit' });
    await watcher.runCycle();
    const start = at();
    tick(60);
    source.put(tracking('exception'), at());
    tick(120);
    slack.script.push({ ok: false, reason: 'retry-later', detail: '403 restricted_action' }, new Error('socket hang up'));

    const first = at();
    expect((await watcher.runCycle()).poll).toEqual({ trackings: 1, delivered: 0, deferred: 1 });
    expect(await store.kv.get(RETRY_SET_KEY)).toHaveLength(1);

    tick(300);
    source.put(tracking('pickup', parcel.number), at());
    tick(120);
    const second = at();
    const cycle = await watcher.runCycle();
    // Only the new change is listed; the parked one is retried by key and fails again.
    expect(cycle.poll).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    expect(cycle.retried).toEqual({ trackings: 1, delivered: 0, deferred: 1 });
    expect(discord.delivered.map((d) => d.message.badge?.status)).toEqual(['pickup']);

    tick(300);
    const third = at();
    expect((await watcher.runCycle()).retried).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    expect(source.queries.map((q) => q.update_time_min)).toEqual([start - 60, start - 60, first - 60, second - 60]);
    expect(third).toBeGreaterThan(second);
    expect(slack.delivered.map((d) => d.message.text)).toEqual(['🕓 Pending → 🚨 Exception']);
    expect(new Set(slack.attempts.map((a) => a.idempotencyKey)).size).toBe(1);
    expect((await store.subscriptions.get(general, ref))?.lastNotifiedStatus).toBe('exception');
    expect(await store.kv.get(RETRY_SET_KEY)).toBeUndefined();

    tick(300);
    expect((await watcher.runCycle()).retried).toEqual({ trackings: 0, delivered: 0, deferred: 0 });
    expect(slack.attempts).toHaveLength(3);
  });

  it('drops a subscription whose delivery keeps failing for 24 hours, with a log line', async () => {
    const { store, source, slack, watcher, at, tick, logs } = await setUp();
    await store.subscriptions.add(subscription(general));
    await store.subscriptions.add(subscription(general, { number: 'N3' }));
    source.put(tracking('exception'), at());
    source.put(tracking('transit', 'N3'), at());
    const failing = { ok: false, reason: 'retry-later', detail: 'Discord answered 403 (code 50013)' } as const;
    // N3 goes through at once; ref fails at every attempt.
    slack.script.push(failing, { ok: true });
    const started = at();
    await watcher.runCycle();
    while (at() - started < GIVE_UP_SECONDS - 3600) {
      tick(3600);
      slack.script.push(failing);
      await watcher.runCycle();
    }
    expect((await store.subscriptions.get(general, ref))?.lastNotifiedStatus).toBe('pending');
    expect(logs.some((l) => l.msg === 'watcher: subscription ended')).toBe(false);

    tick(3600);
    slack.script.push(failing);
    expect((await watcher.runCycle()).retried).toEqual({ trackings: 1, delivered: 0, deferred: 0 });
    expect(await store.subscriptions.get(general, ref)).toBeUndefined();
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'watcher: subscription ended', reason: 'delivery failing for 24 h', channelId: 'C1', attempts: 25 }));
    expect(await store.kv.get(RETRY_SET_KEY)).toBeUndefined();
    expect((await store.subscriptions.get(general, { ...ref, number: 'N3' }))?.lastNotifiedStatus).toBe('transit');
    tick(3600);
    await watcher.runCycle();
    expect(slack.attempts).toHaveLength(26);
  });

  it('announces only filtered statuses, and a final status ends the subscription', async () => {
    const { store, source, slack, watcher, at, logs } = await setUp();
    await store.subscriptions.add(subscription(general, { statuses: ['delivered'] }));
    source.put(tracking('transit'), at());
    expect(await watcher.pollOnce()).toMatchObject({ delivered: 0 });
    expect((await store.subscriptions.get(general, ref))?.lastNotifiedStatus).toBe('pending');

    source.put(tracking('delivered'), at());
    expect(await watcher.pollOnce()).toMatchObject({ delivered: 1 });
    expect(slack.delivered[0]?.message.text).toBe('🕓 Pending → ✅ Delivered\nThat was the last update: this channel no longer watches dhl 1234567890.');
    expect(await store.subscriptions.listByTracking(ref)).toEqual([]);
    expect(logs.some((l) => l.msg === 'watcher: subscription ended' && l.reason === 'final status delivered')).toBe(true);
  });

  it('drops the subscription of a channel that is gone, with a log line', async () => {
    const { store, source, slack, watcher, at, logs } = await setUp();
    await store.subscriptions.add(subscription(general));
    slack.script.push({ ok: false, reason: 'channel-gone' });
    source.put(tracking('transit'), at());
    await watcher.pollOnce();
    expect(await store.subscriptions.get(general, ref)).toBeUndefined();
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'watcher: subscription ended', reason: 'channel gone', channelId: 'C1' }));
  });

  it('re-reads a pushed tracking and feeds it through the same rules: no second post for the same change', async () => {
    const { store, source, slack, watcher, at } = await setUp();
    await store.subscriptions.add(subscription(general));
    source.put(tracking('pickup'), at());
    expect(await watcher.handleWebhook(ref)).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    expect(source.reads).toEqual(['dhl/1234567890']);
    await watcher.pollOnce();
    expect(slack.delivered.map((d) => d.message.badge?.status)).toEqual(['pickup']);
  });

  it('resumes from the cursor kept in the store after a restart', async () => {
    const first = await setUp();
    first.tick(30);
    await first.watcher.pollOnce();
    const savedAt = first.at();
    await first.store.close();

    const second = await setUp(first.file);
    second.tick(5_000);
    await second.watcher.pollOnce();
    expect(second.source.queries[0]?.update_time_min).toBe(savedAt - 60);
  });

  it("pages through more than one page of changes, looking each page's subscribers up with one store call", async () => {
    const { store, source, slack, watcher, at, storeCalls } = await setUp();
    for (let i = 0; i < 2001; i += 1) source.put(tracking('transit', `N${i}`), at());
    await store.subscriptions.add({ ...subscription(general), number: 'N2000' });
    await store.subscriptions.add({ ...subscription(general), number: 'N7' });
    await store.subscriptions.add({ ...subscription(guild), number: 'N7' });
    expect(await watcher.pollOnce()).toEqual({ trackings: 2001, delivered: 3, deferred: 0 });
    expect(source.queries.map((q) => [q.page, q.limit])).toEqual([[1, 2000], [2, 2000]]);
    expect(slack.delivered.map((d) => d.message.title)).toEqual(['dhl N7', 'dhl N2000']);
    expect(storeCalls.filter((name) => name.startsWith('list'))).toEqual(['listByTrackings', 'listByTrackings']);
  });

  it('a page read before a push told newer news does not tell the older status', async () => {
    const { store, source, slack, watcher, at, tick } = await setUp();
    await store.subscriptions.add(subscription(general));
    const older: Tracking = { ...tracking('transit'), lastUpdateTime: '2024-05-02 09:00' };
    const newer: Tracking = { ...tracking('pickup'), lastUpdateTime: '2024-05-03 09:00' };
    source.put(newer, at());
    await watcher.handleWebhook(ref);
    tick(10);
    // The list still shows the state from before the push.
    source.put(older, at());
    await watcher.pollOnce();
    expect(slack.delivered.map((d) => d.message.badge?.status)).toEqual(['pickup']);
  });

  it('reads the stall cursor once per cycle', async () => {
    const { store, source, adapters, at } = await setUp();
    const stallCursor = new CountingCursor(store.kv, STALL_CURSOR_KEY);
    const logger = createLogger({ level: 'silent' });
    const watcher = new Watcher({ source, subscriptions: store.subscriptions, cursor: new PollCursor(store.kv), parked: new ParkedDeliveries(store.kv), outbox: new Outbox(store.kv), adapters, logger, stall: { days: 7, cursor: stallCursor }, now: at });
    expect((await watcher.runCycle()).stall).toEqual({ trackings: 0, delivered: 0, deferred: 0 });
    expect(stallCursor.loads).toBe(1);
    await watcher.runCycle();
    expect(stallCursor.loads).toBe(2);
  });
});
