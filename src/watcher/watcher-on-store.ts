import type Keyv from 'keyv';
import { Outbox } from '../subscriptions/outbox';
import type { SubscriptionStore } from '../subscriptions/store';
import { ParkedDeliveries } from './parked-deliveries';
import { PollCursor, STALL_CURSOR_KEY } from './poll-cursor';
import { Watcher, type WatcherOptions } from './watcher';

export interface WatcherOnStoreOptions extends Pick<WatcherOptions, 'source' | 'adapters' | 'logger' | 'overlapSeconds' | 'now'> {
  store: { subscriptions: SubscriptionStore; kv: Keyv };
  /** STALL_ALERT_DAYS (and how often to look); without it, no stall alerts. */
  stall?: { days: number; everySeconds?: number };
}

/** A Watcher whose cursors, parked deliveries and outbox all live in the given store. */
export function watcherOnStore(options: WatcherOnStoreOptions): Watcher {
  const { store, stall, ...rest } = options;
  return new Watcher({
    ...rest,
    subscriptions: store.subscriptions,
    cursor: new PollCursor(store.kv),
    parked: new ParkedDeliveries(store.kv),
    outbox: new Outbox(store.kv),
    ...(stall && { stall: { ...stall, cursor: new PollCursor(store.kv, STALL_CURSOR_KEY) } }),
  });
}
