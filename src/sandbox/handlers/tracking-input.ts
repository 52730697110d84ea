import { findCarrier } from '../carriers';
import type { SandboxState } from '../state';
import type { TrackingDetails, TrackingRecord } from '../tracking-record';
import { text, type JsonObject } from './handler';

const DETAIL_KEYS = [
  'title',
  'order_id',
  'customer_name',
  'customer_email',
  'customer_phone',
  'logistics_channel',
  'destination_code',
  'comment',
  'order_create_time',
  'lang',
] as const satisfies readonly (keyof TrackingDetails)[];

/** The detail fields present in a create or update body. */
function detailsFrom(body: JsonObject): Partial<TrackingDetails> {
  return Object.fromEntries(
    DETAIL_KEYS.flatMap((key) => {
      const value = text(body, key);
      return value === undefined ? [] : [[key, value]];
    }),
  );
}

export function refFrom(body: JsonObject): { tracking_number: string; carrier_code: string } {
  return { tracking_number: text(body, 'tracking_number') ?? '', carrier_code: text(body, 'carrier_code') ?? '' };
}

/** Creates one tracking from a create body, or says which meta code forbids it. */
export function createFromBody(state: SandboxState, body: JsonObject): TrackingRecord | number {
  const ref = refFrom(body);
  const carrier = findCarrier(ref.carrier_code);
  if (!carrier) return 4015;
  if (state.store.has({ carrier: carrier.code, number: ref.tracking_number })) return 4016;
  if (state.quota <= 0) return 4021;
  state.quota -= 1;
  return state.create(carrier, ref.tracking_number, detailsFrom(body));
}

/** Applies an update body (PUT or one updatemore item): details, `archived` and status 4/7/8. */
export function applyUpdate(state: SandboxState, record: TrackingRecord, body: JsonObject): void {
  Object.assign(record.details, detailsFrom(body));
  const archived = body['archived'];
  if (archived !== undefined) record.archived = archived === true || archived === 'true';
  const status = text(body, 'status');
  if (status === '4') override(record, 'delivered', 'delivered001');
  if (status === '7') override(record, 'exception', 'exception005');
  if (status === '8' && record.statusBeforeOverride) {
    Object.assign(record, record.statusBeforeOverride);
    record.statusBeforeOverride = null;
    state.resumeJourney(record);
  }
  record.updatedAtMs = state.now();
}

function override(record: TrackingRecord, status: 'delivered' | 'exception', substatus: string): void {
  record.statusBeforeOverride ??= { status: record.status, substatus: record.substatus };
  record.status = status;
  record.substatus = substatus;
}
