import { postOfCountry, type SandboxCarrier } from './carriers';
import { MILESTONES, type Milestone } from './journeys';
import { DAY_MS, eventDate, isoWithOffset } from './time-format';
import type { TrackEvent, TrackingRecord } from './tracking-record';

/** The tracking object as GET single, list, realtime and webhooks show it (shape of the real fixtures). */
export function trackingObject(record: TrackingRecord, nowMs: number): Record<string, unknown> {
  const last = record.events.at(-1);
  const originEvents = record.events.filter((e) => e.leg === 'origin');
  const destinationEvents = record.events.filter((e) => e.leg === 'destination');
  const destinationPost = postOfCountry(record.journey.destination.code);
  return {
    id: record.id,
    tracking_number: record.trackingNumber,
    carrier_code: record.carrier.code,
    status: record.status,
    substatus: record.substatus,
    track_update: record.trackUpdate,
    created_at: isoWithOffset(record.createdAtMs),
    updated_at: record.updatedAtMs === null ? null : isoWithOffset(record.updatedAtMs),
    ...detailFields(record),
    archived: record.archived,
    original_country: record.journey.origin.name,
    destination_country: record.journey.destination.name,
    itemTimeLength: itemTimeLength(record, nowMs),
    stayTimeLength: Math.floor((nowMs - (last?.atMs ?? record.createdAtMs)) / DAY_MS),
    service_code: null,
    status_info: null,
    packageStatus: null,
    last_mile_tracking_supported: null,
    origin_info: { ReferenceNumber: null, ...milestones(record.events), ...carrierInfo(record.carrier, originEvents) },
    destination_info:
      destinationEvents.length > 0 && destinationPost ? carrierInfo(destinationPost, destinationEvents) : null,
    lastEvent: last ? `${last.description},${last.location},${eventDate(last.atMs)}` : '',
    lastUpdateTime: last ? eventDate(last.atMs) : '',
  };
}

/** What create and batch return for a new tracking. */
export function createdTracking(record: TrackingRecord): Record<string, unknown> {
  const { title, order_id, customer_name, customer_email, customer_phone, logistics_channel, comment } =
    record.details;
  return {
    id: record.id,
    tracking_number: record.trackingNumber,
    carrier_code: record.carrier.code,
    order_create_time: record.details.order_create_time ?? '',
    status: record.status,
    created_at: isoWithOffset(record.createdAtMs),
    customer_email,
    customer_name,
    customer_phone,
    order_id,
    comment,
    title,
    logistics_channel,
    destination: record.details.destination_code ?? '',
  };
}

/** What PUT returns: the summary plus what an update can change. */
export function updatedTracking(record: TrackingRecord): Record<string, unknown> {
  return {
    ...createdTracking(record),
    updated_at: record.updatedAtMs === null ? null : isoWithOffset(record.updatedAtMs),
    destination_code: record.details.destination_code ?? '',
    archived: record.archived,
  };
}

function detailFields(record: TrackingRecord): Record<string, unknown> {
  const { lang: _lang, order_create_time, destination_code, ...details } = record.details;
  return { ...details, order_create_time: order_create_time ?? '', destination_code: destination_code ?? '' };
}

function carrierInfo(carrier: SandboxCarrier, events: readonly TrackEvent[]): Record<string, unknown> {
  return {
    weblink: `https:${carrier.homepage}`,
    phone: carrier.phone,
    carrier_code: carrier.code,
    trackinfo: events.toReversed().map((e) => ({
      Date: eventDate(e.atMs),
      StatusDescription: e.description,
      Details: e.location,
      checkpoint_status: e.status,
      substatus: e.substatus,
    })),
  };
}

function milestones(events: readonly TrackEvent[]): Record<Milestone, string | null> {
  const at = (m: Milestone) => events.find((e) => e.milestone === m);
  return Object.fromEntries(
    MILESTONES.map((m) => {
      const event = at(m);
      return [m, event ? eventDate(event.atMs) : null];
    }),
  ) as Record<Milestone, string | null>;
}

function itemTimeLength(record: TrackingRecord, nowMs: number): number | null {
  const first = record.events[0];
  if (!first) return null;
  const end = record.reached >= record.journey.steps.length ? (record.events.at(-1)?.atMs ?? nowMs) : nowMs;
  return Math.floor((end - first.atMs) / DAY_MS);
}
