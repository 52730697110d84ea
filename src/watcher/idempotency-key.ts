import { createHash } from 'node:crypto';
import type { Subscription } from '../subscriptions/store';
import { subscriptionKey } from '../subscriptions/subscription-keys';

/**
 * Stable for one (subscription, change), e.g. `status:transit>pickup` or
 * `stall:<last event>`: a re-sent notification carries the same key. A full
 * SHA-256 (base64url), not cut to any platform's limit: each adapter fits
 * the key to its own rules (Discord hashes it into a 25-character nonce).
 */
export function idempotencyKey(sub: Subscription, change: string): string {
  return createHash('sha256').update(`${subscriptionKey(sub, sub)}\n${change}`).digest('base64url');
}
