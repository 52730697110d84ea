import type { WatchedTracking } from './change-source';

// "2019-08-06 18:39:14" or "2017-08-26 17:45": the carrier's local time, read as UTC (hours off at most).
const CARRIER_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/;

function carrierTimeSeconds(value: string | null | undefined): number | undefined {
  const match = value ? CARRIER_TIME.exec(value.trim()) : null;
  if (!match) return undefined;
  const ms = Date.parse(`${match[1]}T${match[2]}${match[3] ?? ':00'}Z`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

function isoSeconds(value: string | null | undefined): number | undefined {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/**
 * Unix seconds of the tracking's newest news: its last event, else
 * TrackingMore's update time, else its creation. Undefined when none parses.
 */
export function lastNewsAt(tracking: WatchedTracking): number | undefined {
  return carrierTimeSeconds(tracking.lastUpdateTime) ?? isoSeconds(tracking.updated_at) ?? isoSeconds(tracking.created_at);
}

/** Names the tracking's newest news, so "already alerted for this stall" survives restarts. */
export function lastNewsKey(tracking: WatchedTracking): string {
  return tracking.lastUpdateTime || tracking.updated_at || tracking.created_at || '';
}
