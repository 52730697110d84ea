import type Keyv from 'keyv';
import type { StashEntry, StoredAction } from './action-ref';

const KEY_PREFIX = 'discord:action:';
/** Buttons older than this answer "expired". */
const TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** The kv side of hashed custom_ids (see action-ref.ts). */
export class ActionStash {
  constructor(private readonly kv: Keyv) {}

  async save(entries: readonly StashEntry[]): Promise<void> {
    await Promise.all(entries.map((entry) => this.kv.set(KEY_PREFIX + entry.hash, entry.action, TTL_MS)));
  }

  async load(hash: string): Promise<StoredAction | undefined> {
    return (await this.kv.get<StoredAction>(KEY_PREFIX + hash)) ?? undefined;
  }
}
