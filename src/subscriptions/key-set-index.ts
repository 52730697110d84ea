import type Keyv from 'keyv';
import { KeyedLock } from './keyed-lock';

/**
 * Index keys whose value is a list of record keys, kept in insertion order.
 * Every change is a read-modify-write under a per-index lock; changes are
 * idempotent so retrying after a crash repairs instead of duplicating.
 */
export class KeySetIndex {
  private readonly lock = new KeyedLock();

  constructor(private readonly keyv: Keyv) {}

  async read(indexKey: string): Promise<string[]> {
    return (await this.keyv.get<string[]>(indexKey)) ?? [];
  }

  /** Several index keys with one getMany, in the order asked. */
  async readMany(indexKeys: readonly string[]): Promise<string[][]> {
    if (indexKeys.length === 0) return [];
    const found = await this.keyv.getMany<string[]>([...indexKeys]);
    return indexKeys.map((_, i) => found[i] ?? []);
  }

  add(indexKey: string, member: string): Promise<void> {
    return this.update(indexKey, (members) => (members.includes(member) ? members : [...members, member]));
  }

  remove(indexKey: string, member: string): Promise<void> {
    return this.update(indexKey, (members) => members.filter((m) => m !== member));
  }

  /**
   * Drops the `suspects` that `findMissing` (asked again under the lock)
   * still reports without a record, so one re-created meanwhile stays.
   */
  prune(indexKey: string, suspects: string[], findMissing: (keys: string[]) => Promise<string[]>): Promise<void> {
    return this.lock.run(indexKey, async () => {
      const missing = new Set(await findMissing(suspects));
      const members = await this.read(indexKey);
      await this.write(indexKey, members, members.filter((m) => !missing.has(m)));
    });
  }

  private update(indexKey: string, change: (members: string[]) => string[]): Promise<void> {
    return this.lock.run(indexKey, async () => {
      const members = await this.read(indexKey);
      await this.write(indexKey, members, change(members));
    });
  }

  private async write(indexKey: string, before: string[], after: string[]): Promise<void> {
    if (after.length === before.length && after.every((m, i) => m === before[i])) return;
    if (after.length === 0) await this.keyv.delete(indexKey);
    else await this.keyv.set(indexKey, after);
  }
}
