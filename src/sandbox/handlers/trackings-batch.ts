import { failure, itemError, success } from '../envelope';
import type { SandboxState } from '../state';
import type { TrackingRecord } from '../tracking-record';
import { createdTracking } from '../tracking-view';
import { applyUpdate, createFromBody, refFrom } from './tracking-input';
import { asObjects, type Handler, type JsonObject } from './handler';

type ItemRef = ReturnType<typeof refFrom>;

/** Runs `apply` on each item's existing tracking; unknown ones become 4017 error rows. */
function forEachExisting(
  state: SandboxState,
  body: unknown,
  apply: (record: TrackingRecord, item: JsonObject) => void,
): { submitted: number; done: ItemRef[]; errors: ReturnType<typeof itemError>[] } {
  const items = asObjects(body);
  const done: ItemRef[] = [];
  const errors: ReturnType<typeof itemError>[] = [];
  for (const item of items) {
    const ref = refFrom(item);
    const record = state.find({ carrier: ref.carrier_code, number: ref.tracking_number });
    if (record) {
      apply(record, item);
      done.push(ref);
    } else {
      errors.push(itemError(ref, 4017));
    }
  }
  return { submitted: items.length, done, errors };
}

/** POST /trackings/batch: 201 with the created ones; duplicates and bad carriers go to `errors`. */
export const batchCreateTrackings: Handler = (state, { body }) => {
  const items = asObjects(body);
  const trackings: Record<string, unknown>[] = [];
  const errors: ReturnType<typeof itemError>[] = [];
  for (const item of items) {
    const created = createFromBody(state, item);
    if (typeof created === 'number') errors.push(itemError(refFrom(item), created));
    else trackings.push(createdTracking(created));
  }
  if (trackings.length === 0 && errors.every((e) => e.code === 4021)) return failure(4021);
  return success({ submitted: items.length, added: trackings.length, trackings, errors }, 201);
};

/** POST /trackings/updatemore */
export const updateTrackings: Handler = (state, { body }) => {
  const { submitted, done, errors } = forEachExisting(state, body, (record, item) => applyUpdate(state, record, item));
  return success({ submitted, updated: done.length, trackings: done, errors });
};

/** POST /trackings/delete: each deleted item carries its own `meta`, as the doc sample starts. */
export const deleteTrackings: Handler = (state, { body }) => {
  const { submitted, done, errors } = forEachExisting(state, body, (record) =>
    state.store.delete({ carrier: record.carrier.code, number: record.trackingNumber }),
  );
  const trackings = done.map((ref) => ({ meta: { ...ref, code: 200, message: 'Success' } }));
  return success({ submitted, delete: done.length, trackings, errors });
};

/** POST /trackings/notupdate: the journeys of these numbers stop. */
export const stopUpdating: Handler = (state, { body }) => {
  const { submitted, done, errors } = forEachExisting(state, body, (record) => {
    record.trackUpdate = false;
  });
  return success({ submitted, change: done.length, trackings: done, errors });
};
