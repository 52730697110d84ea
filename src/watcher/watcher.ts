import type { Logger } from '../log';
import { statusOf } from '../messages/badge';
import { isFinalStatus, type BotMessage, type TrackingStatus } from '../messages/model';
import type { Platform } from '../platform/actor';
import type { ChatAdapter } from '../platform/adapter';
import { KeyedLock } from '../subscriptions/keyed-lock';
import type { Subscription, SubscriptionStore, TrackingRef } from '../subscriptions/store';
import { trackingIndexKey } from '../subscriptions/subscription-keys';
import type { ChangeSource, WatchedTracking } from './change-source';
import { lastNewsAt, lastNewsKey } from './change-time';
import { idempotencyKey } from './idempotency-key';
import { listChangePages } from './list-changes';
import { LookupFreshness, type LookupToken } from './lookup-freshness';
import { notificationMessage, stallMessage } from './notification-view';
import { noticeMessage, type Notice, type Outbox } from '../subscriptions/outbox';
import type { ParkedDeliveries, ParkedKind } from './parked-deliveries';
import type { PollCursor } from './poll-cursor';

const DAY_SECONDS = 86_400;
/**
 * A delivery still answered "retry later" this long after its first failure
 * ends the subscription, like a gone channel: errors that never heal (a Slack
 * channel without the bot's scope, Discord 50013 Missing Permissions) must
 * not be retried forever, and a day covers any real outage of Slack or Discord.
 */
export const GIVE_UP_SECONDS = DAY_SECONDS;

export interface StallOptions {
  /** STALL_ALERT_DAYS: no event for this long gets one alert per channel. */
  days: number;
  /** Where the stall window's end is kept (its own kv key). */
  cursor: PollCursor;
  /** How often the stall window is listed; default once an hour. */
  everySeconds?: number;
}

export interface WatcherOptions {
  source: ChangeSource;
  subscriptions: SubscriptionStore;
  cursor: PollCursor;
  /** Deliveries answered "retry later", retried each cycle by key. */
  parked: ParkedDeliveries;
  /** Notices the core left for channels (e.g. "this tracking was deleted"). */
  outbox: Outbox;
  adapters: ReadonlyMap<Platform, ChatAdapter>;
  logger: Logger;
  /** Re-read this far before the cursor: TrackingMore's update times and our clock may disagree a little. Default 120. */
  overlapSeconds?: number;
  /** Without it, no stall alerts. */
  stall?: StallOptions;
  /** Unix seconds; injectable for tests. */
  now?: () => number;
}

export interface CycleResult {
  trackings: number;
  delivered: number;
  /** Deliveries parked to try again next cycle (retry-later, adapter errors). */
  deferred: number;
}

export interface FullCycleResult {
  /** The outbox's notices tried (`trackings` counts them). */
  notices: CycleResult;
  poll: CycleResult;
  /** Present when this cycle also listed the stall window. */
  stall?: CycleResult;
  /** The parked deliveries tried again (`trackings` counts them). */
  retried: CycleResult;
}

type Outcome = 'unchanged' | 'delivered' | 'deferred' | 'ended';
type Sent = 'accepted' | 'ended' | 'deferred' | 'skipped';
type PerSubscription = (sub: Subscription, tracking: WatchedTracking, status: TrackingStatus) => Promise<Outcome>;
/** A page's subscribers of one tracking, read before its lock. */
type Preloaded = { subs: Subscription[]; token: LookupToken };

const nothing = (): CycleResult => ({ trackings: 0, delivered: 0, deferred: 0 });

function refOf(tracking: WatchedTracking): TrackingRef | undefined {
  const { carrier_code: carrier, tracking_number: number } = tracking;
  return carrier && number ? { carrier, number } : undefined;
}

/**
 * Turns TrackingMore changes into channel notifications. Everything it knows
 * lives in the store: the poll cursor and stall window in kv, deliveries to
 * retry in kv, and on each subscription the last status told (moved only
 * after the adapter accepted, so a crash or failed delivery means a re-send,
 * never a loss), the time of that news (an older snapshot is stale) and the
 * last stall alerted. The stable idempotency key lets Discord drop a re-send.
 */
export class Watcher {
  private readonly perTracking = new KeyedLock();
  private readonly freshness = new LookupFreshness();
  private readonly overlapSeconds: number;
  private readonly now: () => number;

  constructor(private readonly options: WatcherOptions) {
    this.overlapSeconds = options.overlapSeconds ?? 120;
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
  }

  /** What the polling timer runs: the outbox, a poll, the stall window when it is due, then the parked deliveries. */
  async runCycle(): Promise<FullCycleResult> {
    const startedAt = this.now();
    const notices = await this.drainOutbox();
    const poll = await this.pollOnce();
    const stall = await this.stallsIfDue();
    const retried = await this.retryParked(startedAt);
    return stall ? { notices, poll, stall, retried } : { notices, poll, retried };
  }

  /**
   * Each pending notice once, with its id as the idempotency key. A notice
   * leaves the outbox only when the adapter accepted it or the channel is
   * gone; "retry later" keeps it for the next cycle, up to GIVE_UP_SECONDS.
   */
  private async drainOutbox(): Promise<CycleResult> {
    const total = nothing();
    const { outbox } = this.options;
    for (const notice of await outbox.all()) {
      total.trackings += 1;
      const outcome = await this.sendNotice(outbox, notice);
      if (outcome === 'delivered') total.delivered += 1;
      if (outcome === 'deferred') total.deferred += 1;
    }
    return total;
  }

  private async sendNotice(outbox: Outbox, notice: Notice): Promise<'delivered' | 'deferred' | 'dropped'> {
    const { logger } = this.options;
    const about = { ...notice.address, notice: notice.id, message: notice.key };
    const adapter = this.options.adapters.get(notice.address.platform);
    if (!adapter) {
      logger.debug(about, 'watcher: no adapter for platform, notice dropped');
      await outbox.remove(notice.id);
      return 'dropped';
    }
    const delivery = await adapter
      .deliver(notice.address, noticeMessage(notice), notice.id)
      .catch((error: unknown) => ({ ok: false as const, reason: 'retry-later' as const, detail: error instanceof Error ? error.message : String(error) }));
    if (delivery.ok || delivery.reason === 'channel-gone') {
      await outbox.remove(notice.id);
      if (!delivery.ok) logger.info(about, 'watcher: notice dropped, channel gone');
      return delivery.ok ? 'delivered' : 'dropped';
    }
    const now = this.now();
    const kept = await outbox.deferred(notice, now);
    if (now - (kept.firstFailedAt ?? now) < GIVE_UP_SECONDS) {
      logger.warn({ ...about, detail: delivery.detail }, 'watcher: notice deferred');
      return 'deferred';
    }
    await outbox.remove(notice.id);
    logger.warn({ ...about, attempts: kept.attempts }, `watcher: notice given up after ${GIVE_UP_SECONDS / 3600} h`);
    return 'dropped';
  }

  /**
   * One poll: every tracking updated since the cursor (minus the overlap), no
   * upper bound, so a tracking updated while we page only moves into the set
   * (pages shift down: repeats, never gaps). The cursor always advances to
   * this cycle's start: a failed delivery is parked per subscription, so one
   * failing channel never widens everybody's window. A crash mid-cycle
   * re-reads the whole window.
   */
  async pollOnce(): Promise<CycleResult> {
    const startedAt = this.now();
    const from = (await this.options.cursor.load()) ?? startedAt;
    await this.options.parked.refresh();
    const window = { update_time_min: Math.max(0, from - this.overlapSeconds) };
    const total = await this.handleAll(listChangePages(this.options.source, window), 'status', startedAt);
    await this.options.cursor.save(startedAt);
    return total;
  }

  /**
   * A verified webhook push is a hint: the tracking is re-read from
   * TrackingMore and what it says is handled like a polled change, so a
   * forged or replayed body can at most cause one re-read.
   */
  async handleWebhook(ref: TrackingRef): Promise<CycleResult> {
    const tracking = await this.options.source.getTracking(ref.carrier, ref.number);
    const { delivered, deferred } = await this.handleTracking(tracking, 'status', this.now());
    return { trackings: 1, delivered, deferred };
  }

  /**
   * Stall alerts, at a cost that follows stalls, not subscriptions: we list
   * only the trackings whose last update crossed the STALL_ALERT_DAYS line
   * since the previous check (update_time_min = previous check − days −
   * overlap, update_time_max = now − days), at most every `everySeconds`,
   * and find subscribers through the by-tracking index. The very first check
   * has no lower bound and catches up. Who was alerted for which last event
   * is kept on the subscription, so neither the overlap nor a restart
   * repeats an alert; a tracking that moves and stalls again gets a new one.
   * Failed alerts are parked like status changes; the window always advances.
   * Limit: a subscription added after its tracking crossed the line is not
   * alerted for that stall.
   */
  async checkStalls(): Promise<CycleResult> {
    const stall = this.options.stall;
    return stall ? this.stallWindow(stall, await stall.cursor.load()) : nothing();
  }

  /** The stall window when due; the stall cursor is read once for both the decision and the window. */
  private async stallsIfDue(): Promise<CycleResult | undefined> {
    const stall = this.options.stall;
    if (!stall) return undefined;
    const previous = await stall.cursor.load();
    if (previous !== undefined && this.now() - previous < (stall.everySeconds ?? 3600)) return undefined;
    return this.stallWindow(stall, previous);
  }

  private async stallWindow(stall: StallOptions, previous: number | undefined): Promise<CycleResult> {
    const startedAt = this.now();
    const days = stall.days * DAY_SECONDS;
    const window = {
      ...(previous === undefined ? {} : { update_time_min: Math.max(0, previous - days - this.overlapSeconds) }),
      update_time_max: Math.max(0, startedAt - days),
    };
    await this.options.parked.refresh();
    const total = await this.handleAll(listChangePages(this.options.source, window), 'stall', startedAt);
    await stall.cursor.save(startedAt);
    return total;
  }

  /**
   * Tries each parked delivery again by key, from the tracking as it was
   * parked (no re-listing), skipping what already failed in this cycle.
   * The handlers check the subscription's current state, so a change told
   * meanwhile is not told twice, and a final status still ends it.
   */
  private async retryParked(cycleStartedAt: number): Promise<CycleResult> {
    const total = nothing();
    for (const entry of await this.options.parked.all()) {
      if (entry.lastFailedAt >= cycleStartedAt) continue;
      total.trackings += 1;
      const now = this.now();
      const key = trackingIndexKey(entry.sub);
      await this.perTracking.run(key, async () => {
        const sub = await this.options.subscriptions.get(entry.sub, entry.sub);
        if (!sub) return this.options.parked.unpark(entry.kind, entry.sub);
        const outcome = await this.settle(entry.kind, sub, entry.tracking, now);
        this.count(total, key, outcome);
      });
    }
    return total;
  }

  /** Each page's subscribers are looked up with one batched store call. */
  private async handleAll(pages: AsyncIterable<readonly WatchedTracking[]>, kind: ParkedKind, now: number): Promise<CycleResult> {
    const total = nothing();
    for await (const page of pages) {
      total.trackings += page.length;
      const listed = page.flatMap((tracking) => {
        const ref = refOf(tracking);
        return ref ? [{ tracking, ref }] : [];
      });
      const token = this.freshness.begin();
      try {
        const subscribers = await this.options.subscriptions.listByTrackings(listed.map((l) => l.ref));
        for (const [i, { tracking, ref }] of listed.entries()) {
          const subs = subscribers[i] ?? [];
          if (subs.length === 0 && !this.freshness.isStale(token, trackingIndexKey(ref))) continue;
          const result = await this.handleTracking(tracking, kind, now, { subs, token });
          total.delivered += result.delivered;
          total.deferred += result.deferred;
        }
      } finally {
        this.freshness.end(token);
      }
    }
    return total;
  }

  private async handleTracking(tracking: WatchedTracking, kind: ParkedKind, now: number, preloaded?: Preloaded): Promise<Omit<CycleResult, 'trackings'>> {
    const result = { delivered: 0, deferred: 0 };
    const ref = refOf(tracking);
    if (!ref) return result;
    const key = trackingIndexKey(ref);
    // A poll and a webhook for the same tracking must not both deliver.
    await this.perTracking.run(key, async () => {
      const fresh = preloaded && !this.freshness.isStale(preloaded.token, key);
      const subs = fresh ? preloaded.subs : await this.options.subscriptions.listByTracking(ref);
      for (const sub of subs) {
        const outcome = await this.settle(kind, sub, tracking, now);
        if (kind === 'status' && outcome !== 'ended') await this.dropStallIfMoved(sub, tracking, now);
        this.count(result, key, outcome);
      }
    });
    return result;
  }

  private count(total: Omit<CycleResult, 'trackings'>, trackingKey: string, outcome: Outcome): void {
    if (outcome === 'delivered') total.delivered += 1;
    if (outcome === 'deferred') total.deferred += 1;
    if (outcome === 'delivered' || outcome === 'ended') this.freshness.wrote(trackingKey);
  }

  /**
   * Runs the kind's rule, then parks a deferred delivery (or, failing for
   * GIVE_UP_SECONDS, ends the subscription) and un-parks a settled one.
   */
  private async settle(kind: ParkedKind, sub: Subscription, tracking: WatchedTracking, now: number): Promise<Outcome> {
    const status = statusOf(tracking.status);
    const outcome = kind === 'status' ? await this.onChange(sub, tracking, status) : await this.onStall(sub, tracking, status, now);
    if (outcome === 'ended') return outcome;
    if (outcome !== 'deferred') {
      await this.options.parked.unpark(kind, sub);
      return outcome;
    }
    const parked = await this.options.parked.park(kind, sub, tracking, now);
    if (now - parked.firstFailedAt < GIVE_UP_SECONDS) return 'deferred';
    await this.end(sub, `delivery failing for ${GIVE_UP_SECONDS / 3600} h`, { attempts: parked.attempts });
    return 'ended';
  }

  /** A parked stall alert is moot once the tracking has news again. */
  private async dropStallIfMoved(sub: Subscription, tracking: WatchedTracking, now: number): Promise<void> {
    const stall = this.options.stall;
    if (!this.options.parked.has('stall', sub)) return;
    const newsAt = lastNewsAt(tracking);
    if (!stall || (newsAt !== undefined && now - newsAt < stall.days * DAY_SECONDS)) await this.options.parked.unpark('stall', sub);
  }

  private async onChange(sub: Subscription, tracking: WatchedTracking, status: TrackingStatus): Promise<Outcome> {
    const final = isFinalStatus(status);
    if (sub.lastNotifiedStatus === status) {
      // Told already, but a crash kept the subscription: finish ending it.
      if (!final) return 'unchanged';
      await this.end(sub, 'final status already announced');
      return 'ended';
    }
    const newsAt = lastNewsAt(tracking);
    // A snapshot older than the news told is stale (a page listed before a push was handled, a parked retry).
    if (newsAt !== undefined && sub.lastChangeAt !== undefined && newsAt < sub.lastChangeAt) return 'unchanged';
    // Final statuses always come through: they end the subscription, and the channel must hear that.
    if (!final && sub.statuses && !sub.statuses.includes(status)) return 'unchanged';
    const change = `status:${sub.lastNotifiedStatus ?? ''}>${status}`;
    const sent = await this.send(sub, notificationMessage(sub, tracking, status, final), idempotencyKey(sub, change));
    if (sent !== 'accepted') return sent === 'skipped' ? 'unchanged' : sent;
    // Status first, then removal: a crash in between ends it silently next time instead of re-sending.
    await this.options.subscriptions.setLastNotified(sub, status, { lastChangeAt: newsAt });
    if (final) await this.end(sub, 'final status delivered');
    return 'delivered';
  }

  private async onStall(sub: Subscription, tracking: WatchedTracking, status: TrackingStatus, now: number): Promise<Outcome> {
    const minDays = this.options.stall?.days;
    if (minDays === undefined || isFinalStatus(status)) return 'unchanged';
    const newsKey = lastNewsKey(tracking);
    if (sub.stallAlertedFor === newsKey) return 'unchanged';
    const newsAt = lastNewsAt(tracking);
    const days = newsAt === undefined ? minDays : Math.floor((now - newsAt) / DAY_SECONDS);
    // TrackingMore's update time can move without a new event; the last event decides.
    if (days < minDays) return 'unchanged';
    const sent = await this.send(sub, stallMessage(sub, tracking, status, days), idempotencyKey(sub, `stall:${newsKey}`));
    if (sent !== 'accepted') return sent === 'skipped' ? 'unchanged' : sent;
    await this.options.subscriptions.setLastNotified(sub, sub.lastNotifiedStatus ?? status, { stallAlertedFor: newsKey });
    return 'delivered';
  }

  /** Hands the message to the channel's adapter; a gone channel ends the subscription. */
  private async send(sub: Subscription, message: BotMessage, key: string): Promise<Sent> {
    const adapter = this.options.adapters.get(sub.platform);
    if (!adapter) {
      this.options.logger.warn({ platform: sub.platform }, 'watcher: no adapter for platform, notification skipped');
      return 'skipped';
    }
    const delivery = await adapter
      .deliver(addressOf(sub), message, key)
      .catch((error: unknown) => ({ ok: false as const, reason: 'retry-later' as const, detail: error instanceof Error ? error.message : String(error) }));
    if (delivery.ok) return 'accepted';
    if (delivery.reason === 'channel-gone') {
      await this.end(sub, 'channel gone');
      return 'ended';
    }
    this.options.logger.warn({ ...where(sub), detail: delivery.detail }, 'watcher: delivery deferred');
    return 'deferred';
  }

  /** Removes the subscription and whatever of it was parked, and tells the logs why. */
  private async end(sub: Subscription, reason: string, extra: Record<string, unknown> = {}): Promise<void> {
    await this.options.subscriptions.remove(sub, sub);
    await this.options.parked.unpark('status', sub);
    await this.options.parked.unpark('stall', sub);
    this.options.logger.info({ ...where(sub), reason, ...extra }, 'watcher: subscription ended');
  }
}

function addressOf({ platform, workspaceId, channelId }: Subscription) {
  return { platform, workspaceId, channelId };
}

function where(sub: Subscription) {
  return { platform: sub.platform, workspaceId: sub.workspaceId, channelId: sub.channelId, carrier: sub.carrier, number: sub.number };
}
