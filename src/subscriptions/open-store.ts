import type Keyv from 'keyv';
import type { BackendOptions, KeyvBackend } from './keyv-backend';
import { KeyvSubscriptionStore } from './keyv-subscription-store';
import { openPostgresBackend } from './postgres-backend';
import { openRedisBackend } from './redis-backend';
import { openSqliteBackend } from './sqlite-backend';
import type { SubscriptionStore } from './store';

export interface OpenedStore {
  subscriptions: SubscriptionStore;
  /** General state (caches, owner records, the watcher cursor), namespace `kv`. */
  kv: Keyv;
  /** Idempotent; closes the connection shared by both. */
  close(): Promise<void>;
}

/** Chooses the keyv backend by URL scheme. The URL may hold a password: never echo it. */
export async function openKeyvBackend(url: string, options: BackendOptions = {}): Promise<KeyvBackend> {
  const scheme = /^([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite':
      return openSqliteBackend(url, options);
    case 'redis':
    case 'rediss':
      return openRedisBackend(url, options);
    case 'postgres':
    case 'postgresql':
      return openPostgresBackend(url, options);
    default:
      throw new Error(`unsupported store URL scheme "${scheme ?? ''}": use sqlite://, redis://, rediss://, postgres:// or postgresql://`);
  }
}

/** Opens the store and checks it answers, so a bad URL fails at start-up. */
export async function openStore(url: string, options: BackendOptions = {}): Promise<OpenedStore> {
  const backend = await openKeyvBackend(url, options);
  try {
    return await storeOn(backend);
  } catch (error) {
    await backend.close();
    throw error;
  }
}

export async function storeOn(backend: KeyvBackend): Promise<OpenedStore> {
  const kv = backend.namespace('kv');
  const subscriptionsKeyv = backend.namespace('subscriptions');
  await Promise.all([kv.get('probe'), subscriptionsKeyv.get('probe')]);
  return { subscriptions: new KeyvSubscriptionStore(subscriptionsKeyv, backend.close), kv, close: backend.close };
}
