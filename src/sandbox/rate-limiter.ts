/** Requests per second for one operation, on the sandbox clock (a one-second sliding window). */
export class RateLimiter {
  private readonly recent: number[] = [];

  constructor(
    private readonly perSecond: number,
    private readonly clock: () => number,
  ) {}

  /** Undefined when the request may go ahead; otherwise the seconds to wait (Retry-After). */
  hit(): number | undefined {
    const now = this.clock();
    while (this.recent.length > 0 && (this.recent[0] ?? now) <= now - 1000) this.recent.shift();
    if (this.recent.length < this.perSecond) {
      this.recent.push(now);
      return undefined;
    }
    const oldest = this.recent[0] ?? now;
    return Math.max(1, Math.ceil((oldest + 1000 - now) / 1000));
  }
}
