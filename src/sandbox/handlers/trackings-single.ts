import { findCarrier } from '../carriers';
import { failure, success } from '../envelope';
import { createdTracking, trackingObject, updatedTracking } from '../tracking-view';
import { applyUpdate, createFromBody, refFrom } from './tracking-input';
import { asObject, type Handler } from './handler';

/** POST /trackings/post */
export const createTracking: Handler = (state, { body }) => {
  const created = createFromBody(state, asObject(body));
  return typeof created === 'number' ? failure(created) : success(createdTracking(created));
};

/** GET /trackings/{carrier_code}/{tracking_number}[/{lang}]: a number never created is 4031. */
export const getTracking: Handler = (state, { pathParams }) => {
  const record = state.find(pathRef(pathParams));
  return record ? success(trackingObject(record, state.now())) : failure(4031);
};

/** PUT /trackings/{carrier_code}/{tracking_number} */
export const updateTracking: Handler = (state, { pathParams, body }) => {
  const record = state.find(pathRef(pathParams));
  if (!record) return failure(4017);
  applyUpdate(state, record, asObject(body));
  return success(updatedTracking(record));
};

/** DELETE /trackings/{carrier_code}/{tracking_number} */
export const deleteTracking: Handler = (state, { pathParams }) =>
  state.store.delete(pathRef(pathParams)) ? success([]) : failure(4017);

/** POST /trackings/realtime */
export const realtimeTracking: Handler = (state, { body }) => {
  const ref = refFrom(asObject(body));
  const record = state.find({ carrier: ref.carrier_code, number: ref.tracking_number });
  return record ? success({ items: [trackingObject(record, state.now())] }) : failure(4017);
};

/** POST /trackings/update: moves a tracking to another carrier code. */
export const updateCarrier: Handler = (state, { body }) => {
  const input = asObject(body);
  const ref = refFrom(input);
  const record = state.find({ carrier: ref.carrier_code, number: ref.tracking_number });
  if (!record) return failure(4017);
  const target = findCarrier(String(input['update_carrier_code'] ?? ''));
  if (!target) return failure(4015);
  if (state.store.has({ carrier: target.code, number: record.trackingNumber })) return failure(4016);
  state.store.delete({ carrier: record.carrier.code, number: record.trackingNumber });
  record.carrier = target;
  state.store.add(record);
  return success({ Usertag: '' });
};

function pathRef(pathParams: Record<string, string>) {
  return { carrier: pathParams['carrier_code'] ?? '', number: pathParams['tracking_number'] ?? '' };
}
