import { STATUSES, type TrackingStatus } from '../../messages/model';
import { success } from '../envelope';
import { unixSeconds } from '../time-format';
import type { TrackingRecord } from '../tracking-record';
import { trackingObject } from '../tracking-view';
import type { Handler } from './handler';

type Filter = (record: TrackingRecord) => boolean;

/** Keeps records whose time (unix seconds) is within the `<name>_min` / `<name>_max` query values. */
function timeRange(query: Record<string, string>, name: string, timeOf: (r: TrackingRecord) => number): Filter {
  const min = query[`${name}_min`];
  const max = query[`${name}_max`];
  return (record) => {
    const seconds = unixSeconds(timeOf(record));
    return (min === undefined || seconds >= Number(min)) && (max === undefined || seconds <= Number(max));
  };
}

function oneOf(list: string | undefined, valueOf: (r: TrackingRecord) => string | null): Filter {
  const wanted = list?.split(',').map((v) => v.trim().toUpperCase());
  return (record) => !wanted || wanted.includes((valueOf(record) ?? '').toUpperCase());
}

/** "true" = archived only, "false" = not archived, anything else = both. */
function archivedFilter(archived: string | undefined): Filter {
  return (record) => (archived !== 'true' && archived !== 'false') || String(record.archived) === archived;
}

function createdFilter(query: Record<string, string>): Filter {
  return timeRange(query, 'created_at', (r) => r.createdAtMs);
}

/** GET /trackings/get: newest first, filtered, paged; `total` is a number here (the real API once sent a string). */
export const listTrackings: Handler = (state, { query }) => {
  const filters: Filter[] = [
    createdFilter(query),
    timeRange(query, 'update_time', (r) => r.updatedAtMs ?? r.createdAtMs),
    (r) => query['status'] === undefined || r.status === query['status'],
    archivedFilter(query['archived']),
    oneOf(query['numbers'], (r) => r.trackingNumber),
    oneOf(query['orders'], (r) => r.details.order_id),
  ];
  const matching = state
    .all()
    .filter((record) => filters.every((keep) => keep(record)))
    .sort((a, b) => b.createdAtMs - a.createdAtMs);
  const page = Number(query['page'] ?? 1);
  const limit = Number(query['limit'] ?? 100);
  const now = state.now();
  const items = matching.slice((page - 1) * limit, page * limit).map((record) => trackingObject(record, now));
  return success({ page, limit, total: matching.length, count: items.length, items });
};

/** GET /trackings/getstatusnumber: how many trackings (created in the range) are in each status. */
export const getStatusNumber: Handler = (state, { query }) => {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TrackingStatus, number>;
  for (const record of state.all().filter(createdFilter(query))) counts[record.status] += 1;
  return success(counts);
};
