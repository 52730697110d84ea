import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import type { BotMessage } from '../../src/messages/model';

/**
 * What does not fit in a Slack value or action_id waits in the kv behind a
 * short hash: a long command line, or a whole view (the Share button posts
 * the view it came with, since Slack does not echo ephemeral messages back).
 */
export type StashEntry = { kind: 'command'; hash: string; command: string } | { kind: 'view'; hash: string; view: BotMessage };

const PREFIX = { command: 'slack:command:', view: 'slack:view:' } as const;
/** Buttons older than this answer "expired". */
const COMMAND_TTL_MS = 90 * 24 * 60 * 60 * 1000;
/** A Share button is for now, not for later. */
const VIEW_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

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

/** The kv side of stashed entries. */
export class ActionStash {
  constructor(private readonly kv: Keyv) {}

  async save(entries: readonly StashEntry[]): Promise<void> {
    await Promise.all(
      entries.map((entry) =>
        entry.kind === 'command'
          ? this.kv.set(PREFIX.command + entry.hash, entry.command, COMMAND_TTL_MS)
          : this.kv.set(PREFIX.view + entry.hash, entry.view, VIEW_TTL_MS),
      ),
    );
  }

  async command(hash: string): Promise<string | undefined> {
    return (await this.kv.get<string>(PREFIX.command + hash)) ?? undefined;
  }

  async view(hash: string): Promise<BotMessage | undefined> {
    return (await this.kv.get<BotMessage>(PREFIX.view + hash)) ?? undefined;
  }
}
