import type { Tracking } from '../core/tracking-api';
import type { Logger } from '../log';
import { statusOf } from '../messages/badge';
import type { TrackingStatus } from '../messages/model';
import type { Platform } from '../platform/actor';
import type { ChatAdapter } from '../platform/adapter';
import { KeyedLock } from '../subscriptions/keyed-lock';
import type { Subscription, SubscriptionStore } from '../subscriptions/store';
import type { ChangeSource } from './change-source';
import { idempotencyKey } from './idempotency-key';
import { notificationMessage } from './notification-view';
import type { PollCursor } from './poll-cursor';

/** After these, TrackingMore reports nothing more: the subscription ends. */
const FINAL_STATUSES: ReadonlySet<TrackingStatus> = new Set(['delivered', 'expired']);
const PAGE_LIMIT = 2000;

export interface WatcherOptions {
  source: ChangeSource;
  subscriptions: SubscriptionStore;
  cursor: PollCursor;
  adapters: ReadonlyMap<Platform, ChatAdapter>;
  logger: Logger;
  /** Re-read this far before the cursor: TrackingMore's update times and our clock may disagree a little. */
  overlapSeconds?: number;
  /** Unix seconds; injectable for tests. */
  now?: () => number;
}

export interface CycleResult {
  trackings: number;
  delivered: number;
  /** Deliveries to try again next cycle (retry-later, adapter errors). */
  deferred: number;
}

/**
 * Turns TrackingMore changes into channel notifications. A subscription's
 * lastNotifiedStatus moves only after its adapter accepted the message, so a
 * crash or a failed delivery means a re-send next time, never a loss; the
 * stable idempotency key lets Discord drop the duplicate.
 */
export class Watcher {
  private readonly perTracking = new KeyedLock();
  private readonly overlapSeconds: number;
  private readonly now: () => number;

  constructor(private readonly options: WatcherOptions) {
    this.overlapSeconds = options.overlapSeconds ?? 300;
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
  }

  /**
   * One poll: every tracking updated since the cursor. The cursor advances
   * only when nothing was deferred, so a deferred change is listed again.
   */
  async pollOnce(): Promise<CycleResult> {
    const startedAt = this.now();
    const from = (await this.options.cursor.load()) ?? startedAt;
    const since = from - this.overlapSeconds;
    const total: CycleResult = { trackings: 0, delivered: 0, deferred: 0 };
    for await (const tracking of this.changedSince(since)) {
      const result = await this.handleTracking(tracking);
      total.trackings += 1;
      total.delivered += result.delivered;
      total.deferred += result.deferred;
    }
    // Saving `from` matters on the very first cycle, when there was no cursor yet.
    await this.options.cursor.save(total.deferred === 0 ? startedAt : from);
    return total;
  }

  /** A webhook push: the same rules as a polled change. */
  handleWebhook(tracking: Tracking): Promise<CycleResult> {
    return this.handleTracking(tracking).then((result) => ({ trackings: 1, ...result }));
  }

  private async *changedSince(since: number): AsyncGenerator<Tracking> {
    for (let page = 1; ; page += 1) {
      const { items, total } = await this.options.source.listTrackings({ update_time_min: Math.max(0, since), page, limit: PAGE_LIMIT });
      yield* items ?? [];
      const seen = page * PAGE_LIMIT;
      if ((items?.length ?? 0) < PAGE_LIMIT || (total !== undefined && total !== null && seen >= Number(total))) return;
    }
  }

  private async handleTracking(tracking: Tracking): Promise<Omit<CycleResult, 'trackings'>> {
    const result = { delivered: 0, deferred: 0 };
    const { carrier_code: carrier, tracking_number: number } = tracking;
    if (!carrier || !number) return result;
    const status = statusOf(tracking.status);
    // A poll and a webhook for the same tracking must not both deliver.
    await this.perTracking.run(`${carrier.toLowerCase()}\n${number}`, async () => {
      for (const sub of await this.options.subscriptions.listByTracking({ carrier, number })) {
        const outcome = await this.handleSubscription(sub, tracking, status);
        if (outcome === 'delivered') result.delivered += 1;
        if (outcome === 'deferred') result.deferred += 1;
      }
    });
    return result;
  }

  private async handleSubscription(sub: Subscription, tracking: Tracking, status: TrackingStatus): Promise<'unchanged' | 'delivered' | 'deferred' | 'ended'> {
    if (sub.lastNotifiedStatus === status) return 'unchanged';
    const final = FINAL_STATUSES.has(status);
    if (sub.statuses && !sub.statuses.includes(status)) {
      if (!final) return 'unchanged';
      await this.end(sub, 'final status, filtered out');
      return 'ended';
    }
    const adapter = this.options.adapters.get(sub.platform);
    if (!adapter) {
      this.options.logger.warn({ platform: sub.platform }, 'watcher: no adapter for platform, notification skipped');
      return 'unchanged';
    }
    const delivery = await adapter
      .deliver(addressOf(sub), notificationMessage(sub, tracking, status), idempotencyKey(sub, status))
      .catch((error: unknown) => ({ ok: false as const, reason: 'retry-later' as const, detail: String(error) }));
    if (delivery.ok) {
      if (final) await this.end(sub, 'final status delivered');
      else await this.options.subscriptions.setLastNotified(sub, status);
      return 'delivered';
    }
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
