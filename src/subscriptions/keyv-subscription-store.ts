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
