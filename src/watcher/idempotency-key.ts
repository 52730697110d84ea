import { createHash } from 'node:crypto';
import type { TrackingStatus } from '../messages/model';
import type { Subscription } from '../subscriptions/store';
import { subscriptionKey } from '../subscriptions/subscription-keys';

// Discord nonces are at most 25 characters.
const KEY_LENGTH = 25;

/** Stable for one (subscription, new status): a re-sent notification carries the same key. */
export function idempotencyKey(sub: Subscription, status: TrackingStatus): string {
  return createHash('sha256').update(`${subscriptionKey(sub, sub)}\n${status}`).digest('base64url').slice(0, KEY_LENGTH);
}
