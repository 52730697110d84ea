import type { TrackingStatus } from '../messages/model';

/**
 * The part of TrackingMoreClient (src/trackingmore/client.ts) the core uses.
 * Fields are optional and wide on purpose: the real client's generated types
 * must be assignable here, and v2 answers leave many fields null or absent.
 */

export interface TrackingEvent {
  Date?: string | null;
  StatusDescription?: string | null;
  Details?: string | null;
  checkpoint_status?: string | null;
  substatus?: string | null;
}

export interface CarrierLeg {
  weblink?: string | null;
  phone?: string | null;
  carrier_code?: string | null;
  trackinfo?: readonly TrackingEvent[] | null;
}

export interface Tracking {
  tracking_number?: string;
  carrier_code?: string;
  status?: string | null;
  substatus?: string | null;
  title?: string | null;
  order_id?: string | null;
  customer_name?: string | null;
  archived?: boolean | string | null;
  original_country?: string | null;
  destination_country?: string | null;
  destination_code?: string | null;
  itemTimeLength?: number | string | null;
  stayTimeLength?: number | string | null;
  origin_info?: CarrierLeg | null;
  destination_info?: CarrierLeg | null;
  lastEvent?: string | null;
  lastUpdateTime?: string | null;
  created_at?: string | null;
}

export interface CreateTrackingBody {
  tracking_number: string;
  carrier_code: string;
  title?: string;
  tracking_postal_code?: string;
  tracking_ship_date?: string;
  destination_code?: string;
  tracking_account_number?: string;
  order_id?: string;
  customer_name?: string;
}

export interface TrackingKey {
  tracking_number: string;
  carrier_code: string;
}

export interface BatchError {
  tracking_number?: string | null;
  carrier_code?: string | null;
  code?: number | string | null;
  message?: string | null;
}

export interface BatchResult {
  submitted?: number | string | null;
  added?: number | string | null;
  trackings?: readonly Tracking[] | null;
  errors?: readonly BatchError[] | null;
}

export interface TrackingPage {
  page?: number | string | null;
  limit?: number | string | null;
  total?: number | string | null;
  items?: readonly Tracking[] | null;
}

export interface CarrierInfo {
  code: string;
  name: string;
}

/** A carrier as /carriers and /carriers/detect send it (the name may be missing). */
export interface ApiCarrier {
  code: string;
  name?: string | null;
}

export interface TrackingApi {
  createTracking(body: CreateTrackingBody): Promise<unknown>;
  getTracking(carrier: string, number: string): Promise<Tracking>;
  updateTracking(carrier: string, number: string, body: { title?: string; order_id?: string; customer_name?: string }): Promise<unknown>;
  deleteTracking(carrier: string, number: string): Promise<unknown>;
  batchCreateTrackings(items: CreateTrackingBody[]): Promise<BatchResult>;
  listTrackings(query: { page?: number; limit?: number; status?: TrackingStatus }): Promise<TrackingPage>;
  updateTrackings(items: (TrackingKey & { archived?: 'true' | 'false' })[]): Promise<unknown>;
  stopUpdating(items: TrackingKey[]): Promise<unknown>;
  realtimeTracking(body: TrackingKey): Promise<{ items?: readonly Tracking[] | null }>;
  updateCarrier(body: TrackingKey & { update_carrier_code: string }): Promise<unknown>;
  getUserInfo(): Promise<unknown>;
  getStatusNumber(): Promise<unknown>;
  checkRemote(items: { country: string; postcode: string; company?: string }[]): Promise<unknown>;
  getCostTime(items: { carrier_code: string; original: string; destination: string }[]): Promise<unknown>;
  getAirCargo(body: { track_number: string | string[]; lang?: string }): Promise<unknown>;
  listCarriers(): Promise<readonly ApiCarrier[]>;
  detectCarrier(number: string): Promise<readonly ApiCarrier[]>;
}
