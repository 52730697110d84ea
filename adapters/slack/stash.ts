import type Keyv from 'keyv';
import type { BotMessage } from '../../src/messages/model';
import { hashOf } from '../shared/hash';
import { KvStash } from '../shared/kv-stash';

/**
 * What does not fit in a Slack value or action_id waits in the kv behind a
 * short hash: a long command line, or a whole view (the Share button posts
 * the view it came with, since Slack does not echo ephemeral messages back).
 */
export type StashEntry = { kind: 'command'; hash: string; command: string } | { kind: 'view'; hash: string; view: BotMessage };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Buttons older than this answer "expired". */
const COMMAND_TTL_MS = 90 * DAY_MS;
/** A Share button is for now, not for later. */
const VIEW_TTL_MS = 7 * DAY_MS;

/** Adds an entry once; returns its hash. */
export function stashCommand(command: string, stash: StashEntry[]): string {
  const hash = hashOf({ command });
  if (!stash.some((entry) => entry.hash === hash)) stash.push({ kind: 'command', hash, command });
  return hash;
}

export function stashView(view: BotMessage, stash: StashEntry[]): string {
  const hash = hashOf({ view });
  if (!stash.some((entry) => entry.hash === hash)) stash.push({ kind: 'view', hash, view });
  return hash;
}

/** The kv side of stashed entries: commands and views, each under its own prefix and TTL. */
export class ActionStash {
  private readonly commands: KvStash<string>;
  private readonly views: KvStash<BotMessage>;

  constructor(kv: Keyv) {
    this.commands = new KvStash(kv, 'slack:command:', COMMAND_TTL_MS);
    this.views = new KvStash(kv, 'slack:view:', VIEW_TTL_MS);
  }

  async save(entries: readonly StashEntry[]): Promise<void> {
    const commands = entries.flatMap((entry) => (entry.kind === 'command' ? [{ hash: entry.hash, value: entry.command }] : []));
    const views = entries.flatMap((entry) => (entry.kind === 'view' ? [{ hash: entry.hash, value: entry.view }] : []));
    await Promise.all([this.commands.save(commands), this.views.save(views)]);
  }

  command(hash: string): Promise<string | undefined> {
    return this.commands.load(hash);
  }

  view(hash: string): Promise<BotMessage | undefined> {
    return this.views.load(hash);
  }
}
