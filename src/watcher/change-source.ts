import type { Tracking } from '../core/tracking-api';

/** A tracking as GET /trackings/get and the webhook send it; `updated_at` is TrackingMore's own update time. */
export type WatchedTracking = Tracking & { updated_at?: string | null };

/** The window of GET /trackings/get the watcher uses (unix seconds, both ends inclusive). */
export interface ChangeQuery {
  update_time_min?: number;
  update_time_max?: number;
  page: number;
  limit: number;
}

/** What the watcher needs of TrackingMoreClient. */
export interface ChangeSource {
  /** The trackings updated in a time window, paged. */
  listTrackings(query: ChangeQuery): Promise<{
    items?: readonly WatchedTracking[] | null;
    total?: number | string | null;
  }>;
  /** One tracking as TrackingMore has it now: what a webhook push is checked against. */
  getTracking(carrier: string, number: string): Promise<WatchedTracking>;
}
