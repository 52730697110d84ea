import type { TrackingRecord } from './tracking-record';

export interface TrackingRef {
  carrier: string;
  number: string;
}

function keyOf(ref: TrackingRef): string {
  return `${ref.carrier.toLowerCase()}/${ref.number.toUpperCase()}`;
}

/** The in-memory trackings, keyed by carrier code and number; insertion order is creation order. */
export class TrackingStore {
  private readonly records = new Map<string, TrackingRecord>();

  get(ref: TrackingRef): TrackingRecord | undefined {
    return this.records.get(keyOf(ref));
  }

  has(ref: TrackingRef): boolean {
    return this.records.has(keyOf(ref));
  }

  add(record: TrackingRecord): void {
    this.records.set(keyOf(refOf(record)), record);
  }

  delete(ref: TrackingRef): boolean {
    return this.records.delete(keyOf(ref));
  }

  all(): TrackingRecord[] {
    return [...this.records.values()];
  }
}

function refOf(record: TrackingRecord): TrackingRef {
  return { carrier: record.carrier.code, number: record.trackingNumber };
}
