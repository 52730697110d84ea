/**
 * Requests per second per operation. TrackingMore documents only two limits (facts §7):
 * GET /trackings/get 1/s and POST /trackings/realtime 3/s. For every other operation we
 * assume 2/s: an unofficial source says "legacy v2 defaults to 1 request/second", and
 * 2/s keeps a chatty bot well clear of a 429 without making single lookups feel slow.
 */
export const DOCUMENTED_RATE_LIMITS: Readonly<Record<string, number>> = {
  listTrackings: 1,
  realtimeTracking: 3,
};

export const DEFAULT_REQUESTS_PER_SECOND = 2;

export type RateLimits = Readonly<Record<string, number>>;

export type Sleep = (ms: number) => Promise<void>;
export type Clock = () => number;

/**
 * Hands out send slots per operation, at least 1000/rate ms apart. A slot is reserved
 * before sleeping, so concurrent callers queue up instead of all firing at once.
 */
export class RequestSpacer {
  private readonly nextSlotAt = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: Clock,
    private readonly sleep: Sleep,
  ) {}

  intervalMs(operation: string): number {
    const perSecond = this.limits[operation] ?? DOCUMENTED_RATE_LIMITS[operation] ?? DEFAULT_REQUESTS_PER_SECOND;
    return Math.ceil(1000 / perSecond);
  }

  async waitForSlot(operation: string): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlotAt.get(operation) ?? now);
    this.nextSlotAt.set(operation, slot + this.intervalMs(operation));
    if (slot > now) await this.sleep(slot - now);
  }

  /** After a 429, nobody sends this operation again before `untilMs`. */
  holdOff(operation: string, untilMs: number): void {
    this.nextSlotAt.set(operation, Math.max(untilMs, this.nextSlotAt.get(operation) ?? untilMs));
  }
}
