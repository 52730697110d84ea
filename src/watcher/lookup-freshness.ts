/** A batched look-up in progress: the write sequence number when it began. */
export interface LookupToken {
  readonly at: number;
}

/**
 * Which trackings had a subscription written (notified, ended) after a
 * batched look-up began. A page's subscribers are read before the
 * per-tracking locks; a webhook handled meanwhile makes that read stale for
 * its tracking, and only then is the tracking looked up again, under the lock.
 * Entries older than every open look-up are forgotten, so memory stays small.
 */
export class LookupFreshness {
  private sequence = 0;
  private readonly writtenAt = new Map<string, number>();
  private readonly open: LookupToken[] = [];

  begin(): LookupToken {
    const token = { at: this.sequence };
    this.open.push(token);
    return token;
  }

  end(token: LookupToken): void {
    const index = this.open.indexOf(token);
    if (index >= 0) this.open.splice(index, 1);
    const oldest = Math.min(...this.open.map((t) => t.at));
    for (const [key, at] of this.writtenAt) if (at <= oldest) this.writtenAt.delete(key);
  }

  wrote(trackingKey: string): void {
    this.sequence += 1;
    if (this.open.length > 0) this.writtenAt.set(trackingKey, this.sequence);
  }

  isStale(token: LookupToken, trackingKey: string): boolean {
    return (this.writtenAt.get(trackingKey) ?? 0) > token.at;
  }
}
