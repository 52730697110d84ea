import { createHash } from 'node:crypto';
import type { Subscription } from '../subscriptions/store';
import { subscriptionKey } from '../subscriptions/subscription-keys';

// Discord nonces are at most 25 characters.
const KEY_LENGTH = 25;

/**
 * Stable for one (subscription, change), e.g. `status:transit>pickup` or
 * `stall:<last event>`: a re-sent notification carries the same key, and
 * Discord drops it by nonce.
 */
export function idempotencyKey(sub: Subscription, change: string): string {
  return createHash('sha256').update(`${subscriptionKey(sub, sub)}\n${change}`).digest('base64url').slice(0, KEY_LENGTH);
}
