import { randomBytes } from 'node:crypto';
import type { TrackingStatus } from '../messages/model';
import type { SandboxCarrier } from './carriers';
import { planJourney, type Journey, type JourneyStep } from './journeys';

/** A scan that has happened. */
export interface TrackEvent extends JourneyStep {
  atMs: number;
}

/** Optional fields a client sets on create, PUT or updatemore. */
export interface TrackingDetails {
  title: string | null;
  order_id: string | null;
  customer_name: string | null;
  customer_email: string | null;
  customer_phone: string | null;
  logistics_channel: string | null;
  destination_code: string | null;
  comment: string | null;
  order_create_time: string | null;
  lang: string | null;
}

/** One tracking as the sandbox keeps it: the journey plan and how far along it is. */
export interface TrackingRecord {
  id: string;
  carrier: SandboxCarrier;
  trackingNumber: string;
  journey: Journey;
  /** How many journey steps have happened. */
  reached: number;
  /** Oldest first. */
  events: TrackEvent[];
  status: TrackingStatus;
  substatus: string | null;
  /** Set by PUT status 4/7; "8" restores the journey's own status. */
  statusBeforeOverride: { status: TrackingStatus; substatus: string | null } | null;
  details: TrackingDetails;
  archived: boolean;
  /** False after POST /trackings/notupdate: the journey stops. */
  trackUpdate: boolean;
  createdAtMs: number;
  updatedAtMs: number | null;
  nextStepAtMs: number;
}

export const EMPTY_DETAILS: TrackingDetails = {
  title: null,
  order_id: null,
  customer_name: null,
  customer_email: null,
  customer_phone: null,
  logistics_channel: null,
  destination_code: null,
  comment: null,
  order_create_time: null,
  lang: null,
};

export function newTrackingRecord(input: {
  carrier: SandboxCarrier;
  trackingNumber: string;
  details: TrackingDetails;
  nowMs: number;
  stepMs: number;
}): TrackingRecord {
  return {
    id: randomBytes(16).toString('hex'),
    carrier: input.carrier,
    trackingNumber: input.trackingNumber,
    journey: planJourney(input.carrier, input.trackingNumber, input.details.destination_code ?? undefined),
    reached: 0,
    events: [],
    status: 'pending',
    substatus: null,
    statusBeforeOverride: null,
    details: input.details,
    archived: false,
    trackUpdate: true,
    createdAtMs: input.nowMs,
    updatedAtMs: null,
    nextStepAtMs: input.nowMs + input.stepMs,
  };
}

/** Still has scans to come and is being updated. */
export function isMoving(record: TrackingRecord): boolean {
  return record.trackUpdate && record.reached < record.journey.steps.length;
}
