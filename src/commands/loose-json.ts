/**
 * Readers for answers whose exact shape is UNCONFIRMED in the v2 docs
 * (getuserinfo, getstatusnumber, remote, costtime, aircargo): take what is there.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array, or the first array an object holds, or the object itself as one row. */
export function rowsOf(data: unknown): JsonRecord[] {
  if (Array.isArray(data)) return data.filter(isRecord);
  if (!isRecord(data)) return [];
  const nested = Object.values(data).find(Array.isArray);
  return nested ? nested.filter(isRecord) : [data];
}

export function numberOf(value: unknown): number {
  const number = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
  return Number.isFinite(number) ? number : 0;
}
