import type { ChangeQuery, ChangeSource, WatchedTracking } from './change-source';

/** TrackingMore's largest page: one request covers up to this many changes. */
export const PAGE_LIMIT = 2000;

/**
 * Every tracking in the window, page by page (the client spaces list calls
 * to 1/s). A page shorter than the limit, or reaching `total`, is the last.
 */
export async function* listChanges(source: ChangeSource, window: Omit<ChangeQuery, 'page' | 'limit'>): AsyncGenerator<WatchedTracking> {
  for (let page = 1; ; page += 1) {
    const { items, total } = await source.listTrackings({ ...window, page, limit: PAGE_LIMIT });
    yield* items ?? [];
    const seen = page * PAGE_LIMIT;
    if ((items?.length ?? 0) < PAGE_LIMIT || (total !== undefined && total !== null && seen >= Number(total))) return;
  }
}
