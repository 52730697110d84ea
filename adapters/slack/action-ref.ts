import { stashCommand, type StashEntry } from './stash';

/**
 * What Slack carries back to us when a button or select is used.
 *
 * action_ids (unique within a message):
 * - `run:<n>`           a button or static_select whose value is a ref,
 * - `carriers:<ref>`    the external_select over all carriers; the ref holds
 *                       the command template with `{carrier}`,
 * - `share`             post the stashed view in the channel (value `v:<hash>`).
 *
 * refs (button values, option values, the carriers template):
 * - `t:<command>`  the command line itself, when it fits,
 * - `h:<hash>`     the command line stashed in the kv.
 */
export const RUN_PREFIX = 'run:';
export const CARRIERS_PREFIX = 'carriers:';
export const SHARE_ACTION_ID = 'share';
export const RUN_ACTION = /^run:/;
export const CARRIERS_ACTION = /^carriers:/;

export type CommandRef = { kind: 'inline'; command: string } | { kind: 'stashed'; hash: string };

/** The ref for command, at most max characters long; a longer command goes to the stash. */
export function commandRef(command: string, max: number, stash: StashEntry[]): string {
  const inline = `t:${command}`;
  return inline.length <= max ? inline : `h:${stashCommand(command, stash)}`;
}

export function parseCommandRef(ref: string): CommandRef | undefined {
  const body = ref.slice(2);
  if (body === '') return undefined;
  if (ref.startsWith('t:')) return { kind: 'inline', command: body };
  if (ref.startsWith('h:')) return { kind: 'stashed', hash: body };
  return undefined;
}

export function shareValue(viewHash: string): string {
  return `v:${viewHash}`;
}

export function parseShareValue(value: string): string | undefined {
  return value.startsWith('v:') && value.length > 2 ? value.slice(2) : undefined;
}
