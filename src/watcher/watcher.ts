import type { Logger } from '../log';
import { statusOf } from '../messages/badge';
import { isFinalStatus, type BotMessage, type TrackingStatus } from '../messages/model';
import type { Platform } from '../platform/actor';
import type { ChatAdapter } from '../platform/adapter';
import { KeyedLock } from '../subscriptions/keyed-lock';
import type { Subscription, SubscriptionStore } from '../subscriptions/store';
import type { ChangeSource, WatchedTracking } from './change-source';
import { lastNewsAt, lastNewsKey } from './change-time';
import { idempotencyKey } from './idempotency-key';
import { listChanges } from './list-changes';
import { notificationMessage, stallMessage } from './notification-view';
import type { PollCursor } from './poll-cursor';

const DAY_SECONDS = 86_400;

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
  /** Deliveries to try again next cycle (retry-later, adapter errors). */
  deferred: number;
}

export interface FullCycleResult {
  poll: CycleResult;
  /** Present when this cycle also listed the stall window. */
  stall?: CycleResult;
}

type Outcome = 'unchanged' | 'delivered' | 'deferred' | 'ended';
type Sent = 'accepted' | 'ended' | 'deferred' | 'skipped';
type PerSubscription = (sub: Subscription, tracking: WatchedTracking, status: TrackingStatus) => Promise<Outcome>;

/**
 * Turns TrackingMore changes into channel notifications. Everything it knows
 * lives in the store: the poll cursor and stall window in kv, and on each
 * subscription the last status told (moved only after the adapter accepted,
 * so a crash or failed delivery means a re-send, never a loss), the time of
 * that news (an older webhook push is stale) and the last stall alerted.
 * The stable idempotency key lets Discord drop a re-send.
 */
export class Watcher {
  private readonly perTracking = new KeyedLock();
  private readonly overlapSeconds: number;
  private readonly now: () => number;

  constructor(private readonly options: WatcherOptions) {
    this.overlapSeconds = options.overlapSeconds ?? 120;
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
  }

  /** What the polling timer runs: a poll, plus the stall window when it is due. */
  async runCycle(): Promise<FullCycleResult> {
    const poll = await this.pollOnce();
    return (await this.stallCheckDue()) ? { poll, stall: await this.checkStalls() } : { poll };
  }

  /**
   * One poll: every tracking updated since the cursor (minus the overlap), no
   * upper bound, so a tracking updated while we page only moves into the set
   * (pages shift down: repeats, never gaps). The cursor advances to this
   * cycle's start only when nothing was deferred, so a deferred change is
   * listed again, and a crash mid-cycle re-reads the whole window.
   */
  async pollOnce(): Promise<CycleResult> {
    const startedAt = this.now();
    const from = (await this.options.cursor.load()) ?? startedAt;
    const total = await this.handleAll(listChanges(this.options.source, { update_time_min: Math.max(0, from - this.overlapSeconds) }), this.onChange('poll'));
    // Saving `from` matters on the very first cycle, when there was no cursor yet.
    await this.options.cursor.save(total.deferred === 0 ? startedAt : from);
    return total;
  }

  /** A verified webhook push: the same rules as a polled change, except that older news than told is ignored. */
  async handleWebhook(tracking: WatchedTracking): Promise<CycleResult> {
    return { trackings: 1, ...(await this.handleTracking(tracking, this.onChange('webhook'))) };
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
   * Limit: a subscription added after its tracking crossed the line is not
   * alerted for that stall.
   */
  async checkStalls(): Promise<CycleResult> {
    const stall = this.options.stall;
    if (!stall) return { trackings: 0, delivered: 0, deferred: 0 };
    const startedAt = this.now();
    const previous = await stall.cursor.load();
    const days = stall.days * DAY_SECONDS;
    const window = {
      ...(previous === undefined ? {} : { update_time_min: Math.max(0, previous - days - this.overlapSeconds) }),
      update_time_max: Math.max(0, startedAt - days),
    };
    const total = await this.handleAll(listChanges(this.options.source, window), (sub, tracking, status) => this.onStall(sub, tracking, status, startedAt, stall.days));
    if (total.deferred === 0) await stall.cursor.save(startedAt);
    return total;
  }

  private async stallCheckDue(): Promise<boolean> {
    const stall = this.options.stall;
    if (!stall) return false;
    const previous = await stall.cursor.load();
    return previous === undefined || this.now() - previous >= (stall.everySeconds ?? 3600);
  }

  private async handleAll(trackings: AsyncIterable<WatchedTracking>, each: PerSubscription): Promise<CycleResult> {
    const total: CycleResult = { trackings: 0, delivered: 0, deferred: 0 };
    for await (const tracking of trackings) {
      const result = await this.handleTracking(tracking, each);
      total.trackings += 1;
      total.delivered += result.delivered;
      total.deferred += result.deferred;
    }
    return total;
  }

  private async handleTracking(tracking: WatchedTracking, each: PerSubscription): Promise<Omit<CycleResult, 'trackings'>> {
    const result = { delivered: 0, deferred: 0 };
    const { carrier_code: carrier, tracking_number: number } = tracking;
    if (!carrier || !number) return result;
    const status = statusOf(tracking.status);
    // A poll and a webhook for the same tracking must not both deliver.
    await this.perTracking.run(`${carrier.toLowerCase()}\n${number}`, async () => {
      for (const sub of await this.options.subscriptions.listByTracking({ carrier, number })) {
        const outcome = await each(sub, tracking, status);
        if (outcome === 'delivered') result.delivered += 1;
        if (outcome === 'deferred') result.deferred += 1;
      }
    });
    return result;
  }

  private onChange(origin: 'poll' | 'webhook'): PerSubscription {
    return async (sub, tracking, status) => {
      const final = isFinalStatus(status);
      if (sub.lastNotifiedStatus === status) {
        // Told already, but a crash kept the subscription: finish ending it.
        if (!final) return 'unchanged';
        await this.end(sub, 'final status already announced');
        return 'ended';
      }
      const newsAt = lastNewsAt(tracking);
      // Polls list the current state; a push can be a late or replayed copy of older news.
      if (origin === 'webhook' && newsAt !== undefined && sub.lastChangeAt !== undefined && newsAt < sub.lastChangeAt) return 'unchanged';
      // Final statuses always come through: they end the subscription, and the channel must hear that.
      if (!final && sub.statuses && !sub.statuses.includes(status)) return 'unchanged';
      const change = `status:${sub.lastNotifiedStatus ?? ''}>${status}`;
      const sent = await this.send(sub, notificationMessage(sub, tracking, status, final), idempotencyKey(sub, change));
      if (sent !== 'accepted') return sent === 'skipped' ? 'unchanged' : sent;
      // Status first, then removal: a crash in between ends it silently next time instead of re-sending.
      await this.options.subscriptions.setLastNotified(sub, status, { lastChangeAt: newsAt });
      if (final) await this.end(sub, 'final status delivered');
      return 'delivered';
    };
  }

  private async onStall(sub: Subscription, tracking: WatchedTracking, status: TrackingStatus, now: number, minDays: number): Promise<Outcome> {
    if (isFinalStatus(status)) return 'unchanged';
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

  private async end(sub: Subscription, reason: string): Promise<void> {
    await this.options.subscriptions.remove(sub, sub);
    this.options.logger.info({ ...where(sub), reason }, 'watcher: subscription ended');
  }
}

function addressOf({ platform, workspaceId, channelId }: Subscription) {
  return { platform, workspaceId, channelId };
}

function where(sub: Subscription) {
  return { platform: sub.platform, workspaceId: sub.workspaceId, channelId: sub.channelId, carrier: sub.carrier, number: sub.number };
}
