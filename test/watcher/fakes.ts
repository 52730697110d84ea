import type { Tracking } from '../../src/core/tracking-api';
import type { BotMessage } from '../../src/messages/model';
import type { Platform } from '../../src/platform/actor';
import type { ChannelAddress, ChatAdapter, DeliveryResult } from '../../src/platform/adapter';
import type { ChangeSource } from '../../src/watcher/change-source';

export interface Delivered {
  to: ChannelAddress;
  message: BotMessage;
  idempotencyKey: string;
}

/** A ChatAdapter (our own interface) that records deliveries and answers what the test scripts. */
export class RecordingAdapter implements ChatAdapter {
  readonly delivered: Delivered[] = [];
  /** Every call, accepted or not. */
  readonly attempts: Delivered[] = [];
  /** Answers for the next deliveries, in order; then ok. 'hang' never answers (the process "dies" mid-post). */
  readonly script: (DeliveryResult | Error | 'hang')[] = [];

  constructor(readonly platform: Platform) {}

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async deliver(to: ChannelAddress, message: BotMessage, idempotencyKey: string): Promise<DeliveryResult> {
    this.attempts.push({ to, message, idempotencyKey });
    const next = this.script.shift() ?? { ok: true, messageId: `m${this.delivered.length + 1}` };
    if (next === 'hang') return new Promise<never>(() => undefined);
    if (next instanceof Error) throw next;
    if (next.ok) this.delivered.push({ to, message, idempotencyKey });
    return next;
  }
}

/** TrackingMore's list-by-update-time, in memory: each tracking carries the unix second it last changed. */
export class MemoryChangeSource implements ChangeSource {
  readonly queries: { update_time_min: number; page: number; limit: number }[] = [];
  /** Every getTracking call, as "carrier/number". */
  readonly reads: string[] = [];
  private readonly trackings = new Map<string, { tracking: Tracking; updatedAt: number }>();

  put(tracking: Tracking, updatedAt: number): void {
    this.trackings.set(`${tracking.carrier_code}/${tracking.tracking_number}`, { tracking, updatedAt });
  }

  async listTrackings(query: { update_time_min: number; page: number; limit: number }) {
    this.queries.push(query);
    const matching = [...this.trackings.values()].filter((t) => t.updatedAt >= query.update_time_min).map((t) => t.tracking);
    const start = (query.page - 1) * query.limit;
    return { items: matching.slice(start, start + query.limit), total: matching.length };
  }

  async getTracking(carrier: string, number: string): Promise<Tracking> {
    this.reads.push(`${carrier}/${number}`);
    const found = this.trackings.get(`${carrier}/${number}`);
    if (!found) throw new Error(`no tracking ${carrier}/${number}`);
    return found.tracking;
  }
}
