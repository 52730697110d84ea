import { createHash } from 'node:crypto';

/**
 * A short, stable key for a value kept in the kv behind a button: 22
 * base64url characters of SHA-256 over its JSON (132 bits: no collisions in
 * practice, and short enough for Slack values and Discord custom_ids).
 */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}
