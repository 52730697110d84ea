import type { Tracking } from '../core/tracking-api';

/** What the watcher needs of TrackingMoreClient: the trackings updated since a time. */
export interface ChangeSource {
  listTrackings(query: { update_time_min: number; page: number; limit: number }): Promise<{
    items?: readonly Tracking[] | null;
    total?: number | string | null;
  }>;
}
