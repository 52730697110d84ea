import type Keyv from 'keyv';
import type { Platform } from '../platform/actor';
import { KeySetIndex } from '../subscriptions/key-set-index';
import type { TrackingRef } from '../subscriptions/store';
import { subscriptionKey } from '../subscriptions/subscription-keys';
import type { WatchedTracking } from './change-source';

/** The kv set of parked deliveries (members are `<kind>|<subscription key>`). */
export const RETRY_SET_KEY = 'watcher:retry';
const ENTRY_PREFIX = `${RETRY_SET_KEY}:`;

/** A status change, or a "no news for n days" alert. */
export type ParkedKind = 'status' | 'stall';

type ParkedSubscription = TrackingRef & { platform: Platform; workspaceId: string; channelId: string };

/** A delivery the adapter answered "retry later": what to re-run, and since when it fails. */
export interface ParkedDelivery {
  kind: ParkedKind;
  sub: ParkedSubscription;
  /** The tracking as last seen: the notification is rebuilt from it on retry (no re-listing). */
  tracking: WatchedTracking;
  attempts: number;
  /** Unix seconds of the first failure: the give-up clock. */
  firstFailedAt: number;
  /** Unix seconds of the latest failure: a retry skips what failed in the same cycle. */
  lastFailedAt: number;
}

function memberOf(kind: ParkedKind, sub: ParkedSubscription): string {
  return `${kind}|${subscriptionKey(sub, sub)}`;
}

/**
 * Deliveries that failed with retry-later, parked per subscription in kv so
 * the poll cursor can always advance: one entry key per (kind, subscription)
 * and one set listing them. The set is mirrored in memory (re-read by
 * `refresh` each cycle), so checking "is this one parked?" costs no I/O.
 */
export class ParkedDeliveries {
  private readonly index: KeySetIndex;
  private members = new Set<string>();

  constructor(private readonly kv: Keyv) {
    this.index = new KeySetIndex(kv);
  }

  async refresh(): Promise<void> {
    this.members = new Set(await this.index.read(RETRY_SET_KEY));
  }

  has(kind: ParkedKind, sub: ParkedSubscription): boolean {
    return this.members.has(memberOf(kind, sub));
  }

  /** Every parked delivery, with one getMany; entries lost in a crash are dropped from the set. */
  async all(): Promise<ParkedDelivery[]> {
    await this.refresh();
    const members = [...this.members];
    if (members.length === 0) return [];
    const found = await this.kv.getMany<ParkedDelivery>(members.map((m) => ENTRY_PREFIX + m));
    const lost = members.filter((_, i) => found[i] === undefined);
    for (const member of lost) await this.forget(member);
    return found.filter((entry): entry is ParkedDelivery => entry !== undefined);
  }

  /** Parks or re-parks (attempts + 1, first failure kept); the entry is written before the set. */
  async park(kind: ParkedKind, sub: ParkedSubscription, tracking: WatchedTracking, now: number): Promise<ParkedDelivery> {
    const member = memberOf(kind, sub);
    const previous = await this.kv.get<ParkedDelivery>(ENTRY_PREFIX + member);
    const { platform, workspaceId, channelId, carrier, number } = sub;
    const entry: ParkedDelivery = {
      kind,
      sub: { platform, workspaceId, channelId, carrier, number },
      tracking,
      attempts: (previous?.attempts ?? 0) + 1,
      firstFailedAt: previous?.firstFailedAt ?? now,
      lastFailedAt: now,
    };
    await this.kv.set(ENTRY_PREFIX + member, entry);
    await this.index.add(RETRY_SET_KEY, member);
    this.members.add(member);
    return entry;
  }

  /** No I/O when it is not parked. */
  async unpark(kind: ParkedKind, sub: ParkedSubscription): Promise<void> {
    const member = memberOf(kind, sub);
    if (this.members.has(member)) await this.forget(member);
  }

  /** Entry first, then the set: a crash in between leaves a member without entry, which `all` drops. */
  private async forget(member: string): Promise<void> {
    await this.kv.delete(ENTRY_PREFIX + member);
    await this.index.remove(RETRY_SET_KEY, member);
    this.members.delete(member);
  }
}
