import type Keyv from 'keyv';
import { openKeyvBackend, storeOn, type OpenedStore } from '../src/subscriptions/open-store';
import type { Subscription } from '../src/subscriptions/store';
import { channelIndexKey, subscriptionKey, trackingIndexKey } from '../src/subscriptions/subscription-keys';

export interface BenchStore extends OpenedStore {
  /** Every row in the SQLite keyv table (both namespaces). */
  countKeys(): Promise<number>;
}

interface SqliteAdapter {
  query(sql: string, ...params: unknown[]): Promise<Record<string, unknown>[]>;
}

function sqliteOf(keyv: Keyv): SqliteAdapter {
  return keyv.store as SqliteAdapter;
}

/** openStore, keeping the raw subscriptions Keyv to seed it in bulk. */
export async function openBenchStore(url: string): Promise<{ store: BenchStore; subscriptionsKeyv: Keyv }> {
  const backend = await openKeyvBackend(url);
  const namespaces = new Map<string, Keyv>();
  const opened = await storeOn({
    namespace(name) {
      const keyv = backend.namespace(name);
      namespaces.set(name, keyv);
      return keyv;
    },
    close: backend.close,
  });
  const subscriptionsKeyv = namespaces.get('subscriptions');
  if (!subscriptionsKeyv) throw new Error('no subscriptions namespace');
  const countKeys = async () => Number((await sqliteOf(subscriptionsKeyv).query('SELECT count(*) AS n FROM keyv'))[0]?.['n'] ?? 0);
  return { store: { ...opened, countKeys }, subscriptionsKeyv };
}

/**
 * Writes what N calls of SubscriptionStore.add would write (records, the
 * by-tracking and by-channel indexes) through the same Keyv, but inside one
 * SQLite transaction: 100k separate autocommits would take minutes.
 */
export async function seedSubscriptions(keyv: Keyv, subscriptions: readonly Subscription[]): Promise<number> {
  const entries = new Map<string, unknown>();
  for (const sub of subscriptions) {
    const key = subscriptionKey(sub, sub);
    entries.set(key, sub);
    for (const index of [trackingIndexKey(sub), channelIndexKey(sub)]) {
      const members = (entries.get(index) as string[] | undefined) ?? [];
      members.push(key);
      entries.set(index, members);
    }
  }
  const sqlite = sqliteOf(keyv);
  await sqlite.query('BEGIN');
  const all = [...entries];
  for (let i = 0; i < all.length; i += 1000) {
    await Promise.all(all.slice(i, i + 1000).map(([key, value]) => keyv.set(key, value)));
  }
  await sqlite.query('COMMIT');
  return entries.size;
}
