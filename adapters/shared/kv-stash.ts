import type Keyv from 'keyv';

export interface StashedValue<T> {
  hash: string;
  value: T;
}

/**
 * Values that do not fit in what a platform echoes back (a button value, a
 * custom_id) wait in the kv under `prefix + hash` until `ttlMs` has passed;
 * after that their buttons answer "expired".
 */
export class KvStash<T> {
  constructor(
    private readonly kv: Keyv,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {}

  async save(entries: readonly StashedValue<T>[]): Promise<void> {
    await Promise.all(entries.map((entry) => this.kv.set(this.prefix + entry.hash, entry.value, this.ttlMs)));
  }

  async load(hash: string): Promise<T | undefined> {
    return (await this.kv.get<T>(this.prefix + hash)) ?? undefined;
  }
}
