import type { Platform } from '../platform/actor';
import type { TrackingRef } from './store';

export interface ChannelAddressParts {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

/**
 * Carrier codes and tracking numbers are case-insensitive at TrackingMore:
 * keys and records use lower-case carriers and upper-case numbers, so what a
 * user typed and what TrackingMore answers land on the same key.
 */
export function normalizeRef(ref: TrackingRef): TrackingRef {
  return { carrier: ref.carrier.trim().toLowerCase(), number: ref.number.trim().toUpperCase() };
}

// Each part is URI-encoded so a ':' inside an id can never forge another key.
export function joinKey(kind: string, parts: string[]): string {
  return [kind, ...parts.map(encodeURIComponent)].join(':');
}

export function subscriptionKey(address: ChannelAddressParts, ref: TrackingRef): string {
  const { carrier, number } = normalizeRef(ref);
  return joinKey('sub', [address.platform, address.workspaceId, address.channelId, carrier, number]);
}

export function trackingIndexKey(ref: TrackingRef): string {
  const { carrier, number } = normalizeRef(ref);
  return joinKey('by-tracking', [carrier, number]);
}

export function channelIndexKey(address: ChannelAddressParts): string {
  return joinKey('by-channel', [address.platform, address.workspaceId, address.channelId]);
}
