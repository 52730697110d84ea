import type { ButtonAction } from '../../src/messages/model';
import { hashOf } from '../shared/hash';
import { DISCORD_LIMITS } from './limits';

/**
 * What a button or select option carries, as a custom_id / option value of at
 * most 100 characters:
 * - `t:<command>`  run the command line (when it fits),
 * - `h:<hash>`     run the command stored in the kv under hash,
 * - `c:<hash>`     ask first: the kv holds the command and its confirmation texts,
 * - `p:<template>` ask for a carrier code (a modal), then run the template
 *                  with the code in place of `{carrier}` (when it fits),
 * - `q:<hash>`     the same, the template stored in the kv under hash,
 * - `s:`           share this ephemeral message in the channel,
 * - `x:`           dismiss (the "no" of a confirmation).
 * A carrier modal carries the custom_id of the button that opened it.
 */
export type ActionRef =
  | { kind: 'run'; command: string }
  | { kind: 'stored'; hash: string }
  | { kind: 'confirm'; hash: string }
  | { kind: 'askCarrier'; template: string }
  | { kind: 'askCarrierStored'; hash: string }
  | { kind: 'share' }
  | { kind: 'dismiss' };

/** What the kv holds under a hash. */
export interface StoredAction {
  /** A command line, or for `q:` a template with `{carrier}`. */
  command: string;
  confirm?: NonNullable<ButtonAction['confirm']>;
}

export interface StashEntry {
  hash: string;
  action: StoredAction;
}

export const SHARE_ID = 's:';
export const DISMISS_ID = 'x:';

export function hashAction(action: StoredAction): string {
  return hashOf(action);
}

/** The custom_id for running command; a long command goes to the stash. */
export function runRef(command: string, stash: StashEntry[]): string {
  const inline = `t:${command}`;
  if (inline.length <= DISCORD_LIMITS.customId) return inline;
  return `h:${stashed({ command }, stash)}`;
}

/** The custom_id of an "Other carrier…" button; a long template goes to the stash. */
export function askCarrierRef(template: string, stash: StashEntry[]): string {
  const inline = `p:${template}`;
  if (inline.length <= DISCORD_LIMITS.customId) return inline;
  return `q:${stashed({ command: template }, stash)}`;
}

/** The custom_id of a button that asks before running. */
export function confirmRef(command: string, confirm: NonNullable<ButtonAction['confirm']>, stash: StashEntry[]): string {
  return `c:${stashed({ command, confirm }, stash)}`;
}

function stashed(action: StoredAction, stash: StashEntry[]): string {
  const hash = hashAction(action);
  if (!stash.some((entry) => entry.hash === hash)) stash.push({ hash, action });
  return hash;
}

export function parseRef(customId: string): ActionRef | undefined {
  const body = customId.slice(2);
  switch (customId.slice(0, 2)) {
    case 't:':
      return body === '' ? undefined : { kind: 'run', command: body };
    case 'h:':
      return { kind: 'stored', hash: body };
    case 'c:':
      return { kind: 'confirm', hash: body };
    case 'p:':
      return body === '' ? undefined : { kind: 'askCarrier', template: body };
    case 'q:':
      return { kind: 'askCarrierStored', hash: body };
    case SHARE_ID:
      return { kind: 'share' };
    case DISMISS_ID:
      return { kind: 'dismiss' };
    default:
      return undefined;
  }
}
