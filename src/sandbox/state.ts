import type { TrackingStatus } from '../messages/model';
import type { SandboxCarrier } from './carriers';
import { advanceTo, catchUp, seedHistory, stepForward } from './simulation';
import { TrackingStore, type TrackingRef } from './store';
import {
  EMPTY_DETAILS,
  isMoving,
  newTrackingRecord,
  type TrackingDetails,
  type TrackingRecord,
} from './tracking-record';

export interface StateOptions {
  clock: () => number;
  stepMs: number;
  /** Trackings the account may still create (getuserinfo `track_number`). */
  quota: number;
  /** Called after a tracking's status changed (webhook push). */
  onStatusChange: (record: TrackingRecord) => void;
}

/** The sandbox's world: trackings, simulated time and the account quota. Reads catch journeys up lazily. */
export class SandboxState {
  readonly store = new TrackingStore();
  readonly startedAtMs: number;
  quota: number;

  constructor(private readonly options: StateOptions) {
    this.startedAtMs = options.clock();
    this.quota = options.quota;
  }

  now(): number {
    return this.options.clock();
  }

  /** A held or stopped journey goes on from now: the time it stood still is not made up for. */
  resumeJourney(record: TrackingRecord): void {
    record.nextStepAtMs = this.now() + this.options.stepMs;
  }

  find(ref: TrackingRef): TrackingRecord | undefined {
    const record = this.store.get(ref);
    if (record) this.changing(record, () => catchUp(record, this.now(), this.options.stepMs));
    return record;
  }

  all(): TrackingRecord[] {
    const now = this.now();
    for (const record of this.store.all()) this.changing(record, () => catchUp(record, now, this.options.stepMs));
    return this.store.all();
  }

  create(carrier: SandboxCarrier, trackingNumber: string, details: Partial<TrackingDetails> = {}): TrackingRecord {
    const record = newTrackingRecord({
      carrier,
      trackingNumber,
      details: { ...EMPTY_DETAILS, ...details },
      nowMs: this.now(),
      stepMs: this.options.stepMs,
    });
    this.store.add(record);
    return record;
  }

  /** Set-up without the API: a tracking with a back-dated history that ends in `status`. */
  seed(carrier: SandboxCarrier, trackingNumber: string, status: TrackingStatus, details: Partial<TrackingDetails>) {
    const record = this.create(carrier, trackingNumber, details);
    seedHistory(record, status, this.now(), this.options.stepMs);
    return record;
  }

  /** One step (or straight to `status`) for one tracking, or one step for every moving tracking. */
  advance(ref?: TrackingRef, status?: TrackingStatus): void {
    const targets = ref ? [this.requireRecord(ref)] : this.all().filter(isMoving);
    const now = this.now();
    for (const record of targets) {
      this.changing(record, () => {
        if (status) advanceTo(record, status, now, this.options.stepMs);
        else stepForward(record, now, this.options.stepMs);
      });
    }
  }

  requireRecord(ref: TrackingRef): TrackingRecord {
    const record = this.find(ref);
    if (!record) throw new Error(`No sandbox tracking ${ref.carrier} ${ref.number}`);
    return record;
  }

  private changing(record: TrackingRecord, change: () => unknown): void {
    const before = record.status;
    change();
    if (record.status !== before) this.options.onStatusChange(record);
  }
}
