import type { ChangeQuery, ChangeSource, WatchedTracking } from './change-source';

/** TrackingMore's largest page: one request covers up to this many changes. */
export const PAGE_LIMIT = 2000;

/**
 * Every tracking in the window, a page at a time (the client spaces list
 * calls to 1/s), so the caller can look a whole page's subscribers up at
 * once. A page shorter than the limit, or reaching `total`, is the last.
 */
export async function* listChangePages(source: ChangeSource, window: Omit<ChangeQuery, 'page' | 'limit'>): AsyncGenerator<readonly WatchedTracking[]> {
  for (let page = 1; ; page += 1) {
    const { items, total } = await source.listTrackings({ ...window, page, limit: PAGE_LIMIT });
    if (items && items.length > 0) yield items;
    const seen = page * PAGE_LIMIT;
    if ((items?.length ?? 0) < PAGE_LIMIT || (total !== undefined && total !== null && seen >= Number(total))) return;
  }
}
