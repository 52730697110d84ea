import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Tracking } from '../../src/core/tracking-api';
import { createLogger } from '../../src/log';
import type { TrackingStatus } from '../../src/messages/model';
import type { Platform } from '../../src/platform/actor';
import { type OpenedStore, openStore } from '../../src/subscriptions/open-store';
import type { Subscription } from '../../src/subscriptions/store';
import { PollCursor } from '../../src/watcher/poll-cursor';
import { Watcher } from '../../src/watcher/watcher';
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
    const watcher = new Watcher({ source, subscriptions: store.subscriptions, cursor: new PollCursor(store.kv), adapters, logger, overlapSeconds: 60, now: () => clock });
    return {
      store, source, adapters, logs, watcher, file,
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
    expect(sent?.idempotencyKey).toMatch(/^[\w-]{25}$/);
    expect((await store.subscriptions.get(general, ref))?.lastNotifiedStatus).toBe('transit');

    expect(await watcher.pollOnce()).toEqual({ trackings: 1, delivered: 0, deferred: 0 });
    expect(slack.delivered).toHaveLength(1);
  });

  it('re-sends a deferred change next cycle with the same idempotency key, and holds the cursor', async () => {
    const { store, source, slack, watcher, at, tick } = await setUp();
    await store.subscriptions.add(subscription(general));
    source.put(tracking('exception'), at());
    slack.script.push({ ok: false, reason: 'retry-later', detail: '429' }, new Error('socket hang up'));

    expect(await watcher.pollOnce()).toMatchObject({ deferred: 1 });
    expect((await store.subscriptions.get(general, ref))?.lastNotifiedStatus).toBe('pending');
    tick(600);
    expect(await watcher.pollOnce()).toMatchObject({ deferred: 1 });
    tick(600);
    // The change is older than now - overlap: only an unmoved cursor finds it again.
    expect(await watcher.pollOnce()).toMatchObject({ delivered: 1, deferred: 0 });
    expect(slack.delivered).toHaveLength(1);
    expect(slack.attempts).toHaveLength(3);
    expect(new Set(slack.attempts.map((a) => a.idempotencyKey)).size).toBe(1);
    expect(source.queries.map((q) => q.update_time_min)).toEqual([at() - 1200 - 60, at() - 1200 - 60, at() - 1200 - 60]);
    tick(600);
    await watcher.pollOnce();
    expect(source.queries.at(-1)?.update_time_min).toBe(at() - 600 - 60);
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

  it('feeds a webhook through the same rules: no second post for the same change', async () => {
    const { store, source, slack, watcher, at } = await setUp();
    await store.subscriptions.add(subscription(general));
    expect(await watcher.handleWebhook(tracking('pickup'))).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    source.put(tracking('pickup'), at());
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

  it('pages through more than one page of changes', async () => {
    const { store, source, slack, watcher, at } = await setUp();
    for (let i = 0; i < 2001; i += 1) source.put(tracking('transit', `N${i}`), at());
    await store.subscriptions.add({ ...subscription(general), number: 'N2000' });
    expect(await watcher.pollOnce()).toEqual({ trackings: 2001, delivered: 1, deferred: 0 });
    expect(source.queries.map((q) => [q.page, q.limit])).toEqual([[1, 2000], [2, 2000]]);
    expect(slack.delivered[0]?.message.title).toBe('dhl N2000');
  });
});
