import type Keyv from 'keyv';
import type { TrackingStatus } from '../messages/model';
import { KeySetIndex } from './key-set-index';
import { KeyedLock } from './keyed-lock';
import type { NotifiedFacts, Subscription, SubscriptionStore, TrackingRef } from './store';
import {
  type ChannelAddressParts,
  channelIndexKey,
  normalizeRef,
  subscriptionKey,
  trackingIndexKey,
} from './subscription-keys';

/** Keys per getMany: well under SQLite's bound-parameter limit and a modest Postgres/Redis request. */
const GET_MANY_CHUNK = 500;

/**
 * SubscriptionStore on one Keyv namespace: a record per subscription plus
 * two index keys (by tracking, by channel) listing record keys. Records are
 * written before index entries and deleted before them, so a crash leaves at
 * worst an index entry without a record, which readers skip and prune.
 */
export class KeyvSubscriptionStore implements SubscriptionStore {
  private readonly records = new KeyedLock();
  private readonly index: KeySetIndex;

  /** `closeStorage` releases the connection; it may be shared with other namespaces. */
  constructor(
    private readonly keyv: Keyv,
    private readonly closeStorage: () => Promise<void>,
  ) {
    this.index = new KeySetIndex(keyv);
  }

  async add(sub: Subscription): Promise<'added' | 'updated'> {
    const record: Subscription = { ...sub, ...normalizeRef(sub) };
    const key = subscriptionKey(record, record);
    const outcome = await this.records.run(key, async () => {
      const existing = await this.keyv.get<Subscription>(key);
      if (existing) {
        await this.keyv.set(key, withStatuses(existing, record.statuses));
        return 'updated' as const;
      }
      await this.keyv.set(key, record);
      return 'added' as const;
    });
    // Also on 'updated': re-adding repairs an index entry lost in a crash.
    await this.index.add(trackingIndexKey(record), key);
    await this.index.add(channelIndexKey(record), key);
    return outcome;
  }

  async remove(address: ChannelAddressParts, ref: TrackingRef): Promise<boolean> {
    const key = subscriptionKey(address, ref);
    const existed = await this.records.run(key, () => this.keyv.delete(key));
    await this.index.remove(trackingIndexKey(ref), key);
    await this.index.remove(channelIndexKey(address), key);
    return existed;
  }

  async get(address: ChannelAddressParts, ref: TrackingRef): Promise<Subscription | undefined> {
    return this.keyv.get<Subscription>(subscriptionKey(address, ref));
  }

  listByChannel(address: ChannelAddressParts): Promise<Subscription[]> {
    return this.listIndexed(channelIndexKey(address));
  }

  listByTracking(ref: TrackingRef): Promise<Subscription[]> {
    return this.listIndexed(trackingIndexKey(ref));
  }

  /**
   * One getMany of the distinct index keys, then getMany of their records in
   * chunks (SQL backends put every key in one statement); entries without a
   * record are skipped and pruned, as in listByTracking.
   */
  async listByTrackings(refs: readonly TrackingRef[]): Promise<Subscription[][]> {
    const indexKeys = refs.map(trackingIndexKey);
    const distinct = [...new Set(indexKeys)];
    const members = await this.index.readMany(distinct);
    const records = new Map<string, Subscription>();
    const wanted = [...new Set(members.flat())];
    for (let i = 0; i < wanted.length; i += GET_MANY_CHUNK) {
      const keys = wanted.slice(i, i + GET_MANY_CHUNK);
      const found = await this.keyv.getMany<Subscription>(keys);
      keys.forEach((key, j) => {
        const record = found[j];
        if (record !== undefined) records.set(key, record);
      });
    }
    const byIndex = new Map<string, Subscription[]>();
    for (const [i, indexKey] of distinct.entries()) {
      const keys = members[i] ?? [];
      const missing = keys.filter((key) => !records.has(key));
      if (missing.length > 0) await this.index.prune(indexKey, missing, (suspects) => this.findMissing(suspects));
      byIndex.set(indexKey, keys.flatMap((key) => records.get(key) ?? []));
    }
    return indexKeys.map((indexKey) => byIndex.get(indexKey) ?? []);
  }

  /** Does nothing when the subscription was removed meanwhile: never resurrects it. */
  async setLastNotified(sub: Subscription, status: TrackingStatus, facts: NotifiedFacts = {}): Promise<void> {
    const key = subscriptionKey(sub, sub);
    const defined = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
    await this.records.run(key, async () => {
      const current = await this.keyv.get<Subscription>(key);
      if (current) await this.keyv.set(key, { ...current, ...defined, lastNotifiedStatus: status });
    });
  }

  async close(): Promise<void> {
    await this.closeStorage();
  }

  private async listIndexed(indexKey: string): Promise<Subscription[]> {
    const keys = await this.index.read(indexKey);
    if (keys.length === 0) return [];
    const found = await this.keyv.getMany<Subscription>(keys);
    const missing = keys.filter((_, i) => found[i] === undefined);
    if (missing.length > 0) await this.index.prune(indexKey, missing, (suspects) => this.findMissing(suspects));
    return found.filter((sub): sub is Subscription => sub !== undefined);
  }

  private async findMissing(keys: string[]): Promise<string[]> {
    const found = await this.keyv.getMany(keys);
    return keys.filter((_, i) => found[i] === undefined);
  }
}

function withStatuses(sub: Subscription, statuses: Subscription['statuses']): Subscription {
  const { statuses: _previous, ...rest } = sub;
  return statuses === undefined ? rest : { ...rest, statuses };
}
