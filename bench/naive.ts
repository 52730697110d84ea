import type { Subscription } from '../src/subscriptions/store';
import type { TrackingMoreClient } from '../src/trackingmore/client';

const CONCURRENCY = 8;

/** The naive watcher: one GET per subscription per cycle, compared with the last status told. */
export async function naiveCycle(tm: TrackingMoreClient, subscriptions: readonly Subscription[]): Promise<number> {
  let changed = 0;
  let next = 0;
  const worker = async () => {
    while (next < subscriptions.length) {
      const sub = subscriptions[next++];
      if (!sub) return;
      const tracking = await tm.getTracking(sub.carrier, sub.number);
      if (tracking.status !== sub.lastNotifiedStatus) changed += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return changed;
}
