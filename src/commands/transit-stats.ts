import type Keyv from 'keyv';
import type { TrackingApi } from '../core/tracking-api';
import { numberOf, rowsOf } from './loose-json';

const TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Share of delivered parcels (0-100) per cumulative day bracket, from /trackings/costtime. */
export interface TransitRow {
  total: number;
  delivered: number;
  /** Cumulative: "share % arrived within days". */
  within: { days: number; share: number }[];
}

const BRACKETS = [
  { field: 'range1', days: 7 },
  { field: 'range3', days: 15 },
  { field: 'range4', days: 30 },
  { field: 'range5', days: 60 },
] as const;

export function readTransitRow(data: unknown): TransitRow | undefined {
  const row = rowsOf(data)[0];
  if (!row || numberOf(row.total) <= 0) return undefined;
  const shares = BRACKETS.map((b) => numberOf(row[b.field]));
  // Shares may come as fractions (0.8) or percentages (80 / "80%").
  const scale = shares.reduce((a, b) => a + b, 0) <= 1.0001 ? 100 : 1;
  let cumulative = 0;
  const within = BRACKETS.map((bracket, i) => {
    cumulative += (shares[i] ?? 0) * scale;
    return { days: bracket.days, share: Math.min(100, Math.round(cumulative)) };
  });
  return { total: numberOf(row.total), delivered: numberOf(row.delivered), within };
}

/** The smallest bracket most parcels (80%) arrive within, else the widest. */
export function typicalWithin(row: TransitRow): { days: number; share: number } | undefined {
  return row.within.find((w) => w.share >= 80) ?? row.within[row.within.length - 1];
}

/** /trackings/costtime per carrier and route, cached in the kv (misses too). */
export class TransitStats {
  constructor(
    private readonly tm: Pick<TrackingApi, 'getCostTime'>,
    private readonly kv: Keyv,
  ) {}

  /** Asks TrackingMore now, uncached (the `transit` command: the user asked now). */
  async fetch(carrier: string, from: string, to: string): Promise<TransitRow | undefined> {
    return readTransitRow(await this.tm.getCostTime([{ carrier_code: carrier, original: from, destination: to }]));
  }

  /** Cached for a week, misses too (the footer of a tracking view). */
  async lookup(carrier: string, from: string, to: string): Promise<TransitRow | undefined> {
    const key = `costtime:${carrier}:${from}:${to}`;
    const cached = await this.kv.get<{ row: TransitRow | null }>(key);
    if (cached) return cached.row ?? undefined;
    const row = await this.fetch(carrier, from, to);
    await this.kv.set(key, { row: row ?? null }, TTL_MS);
    return row;
  }
}
