/** The two date formats TrackingMore v2 uses, always in UTC here. */

/** `2018-04-16T06:30:02+00:00` (created_at, updated_at). */
export function isoWithOffset(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** `2018-04-16 06:30:02` (trackinfo `Date`, milestones, lastUpdateTime). */
export function eventDate(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
