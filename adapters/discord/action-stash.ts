import type Keyv from 'keyv';
import { KvStash } from '../shared/kv-stash';
import type { StashEntry, StoredAction } from './action-ref';

const KEY_PREFIX = 'discord:action:';
/** Buttons older than this answer "expired". */
const TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** The kv side of hashed custom_ids (see action-ref.ts). */
export class ActionStash {
  private readonly actions: KvStash<StoredAction>;

  constructor(kv: Keyv) {
    this.actions = new KvStash(kv, KEY_PREFIX, TTL_MS);
  }

  save(entries: readonly StashEntry[]): Promise<void> {
    return this.actions.save(entries.map((entry) => ({ hash: entry.hash, value: entry.action })));
  }

  load(hash: string): Promise<StoredAction | undefined> {
    return this.actions.load(hash);
  }
}
