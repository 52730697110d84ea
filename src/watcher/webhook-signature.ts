import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * TrackingMore v2: signature = lowercase hex HMAC-SHA256(key = the account
 * e-mail, message = timeStr). Compared in constant time, lengths first
 * (timingSafeEqual throws on unequal lengths).
 */
export function isValidSignature(email: string, timeStr: string | number, signature: string): boolean {
  const expected = createHmac('sha256', email).update(String(timeStr)).digest();
  const given = /^[0-9a-f]*$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
