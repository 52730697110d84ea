import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import { t, type MessageKey } from '../i18n';
import type { BotMessage } from '../messages/model';
import type { ChannelAddress } from '../platform/adapter';
import { KeySetIndex } from './key-set-index';

/** The kv set of pending notices (members are notice ids). */
export const OUTBOX_SET_KEY = 'watcher:outbox';
const ENTRY_PREFIX = `${OUTBOX_SET_KEY}:`;

/**
 * A message the core wants posted to a channel it cannot reach (only the
 * watcher holds the adapters). Kept as a catalog key + params, rendered at
 * delivery in the notice's locale.
 */
export interface Notice {
  /** Stable for the notice's whole life: the idempotency key of every attempt. */
  id: string;
  address: ChannelAddress;
  key: MessageKey;
  params: Record<string, string | number>;
  /** The subscriber's locale; English when absent. */
  locale?: string;
  /** Unix seconds of the first "retry later": the give-up clock. */
  firstFailedAt?: number;
  attempts?: number;
}

export type NewNotice = Omit<Notice, 'id' | 'firstFailedAt' | 'attempts'>;

/**
 * The core adds while the watcher removes, each through its own Outbox: the
 * set's read-modify-write must go through one lock per store, or a removal
 * could overwrite a notice added meanwhile.
 */
const indexes = new WeakMap<Keyv, KeySetIndex>();

function indexFor(kv: Keyv): KeySetIndex {
  let index = indexes.get(kv);
  if (!index) indexes.set(kv, (index = new KeySetIndex(kv)));
  return index;
}

/**
 * A durable outbox in kv, written by the core and drained by the watcher:
 * one entry key per notice and one set listing them, like parked deliveries.
 * Nothing lives only in memory, so a notice survives a restart.
 */
export class Outbox {
  private readonly index: KeySetIndex;

  constructor(
    private readonly kv: Keyv,
    private readonly newId: () => string = randomUUID,
  ) {
    this.index = indexFor(kv);
  }

  /** The entry is written before the set: a crash in between leaves nothing listed, never a listed ghost. */
  async add(notice: NewNotice): Promise<Notice> {
    const entry: Notice = { ...notice, id: this.newId() };
    await this.kv.set(ENTRY_PREFIX + entry.id, entry);
    await this.index.add(OUTBOX_SET_KEY, entry.id);
    return entry;
  }

  /** Every pending notice, oldest first, with one getMany; ids whose entry was lost are dropped. */
  async all(): Promise<Notice[]> {
    const ids = await this.index.read(OUTBOX_SET_KEY);
    if (ids.length === 0) return [];
    const found = await this.kv.getMany<Notice>(ids.map((id) => ENTRY_PREFIX + id));
    for (const [i, id] of ids.entries()) if (found[i] === undefined) await this.index.remove(OUTBOX_SET_KEY, id);
    return found.filter((entry): entry is Notice => entry !== undefined);
  }

  /** Records one more "retry later" (the first failure time is kept). */
  async deferred(notice: Notice, now: number): Promise<Notice> {
    const entry: Notice = { ...notice, attempts: (notice.attempts ?? 0) + 1, firstFailedAt: notice.firstFailedAt ?? now };
    await this.kv.set(ENTRY_PREFIX + entry.id, entry);
    return entry;
  }

  /** Entry first, then the set: a crash in between leaves an id without entry, which `all` drops. */
  async remove(id: string): Promise<void> {
    await this.kv.delete(ENTRY_PREFIX + id);
    await this.index.remove(OUTBOX_SET_KEY, id);
  }
}

/** What the channel gets: a public notification in the notice's locale, rendered from its catalog key now. */
export function noticeMessage(notice: Notice): BotMessage {
  return {
    kind: 'notification',
    text: t(notice.locale, notice.key, notice.params),
    visibility: 'public',
    ...(notice.locale !== undefined && { locale: notice.locale }),
  };
}
