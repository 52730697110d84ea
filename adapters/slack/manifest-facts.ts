import { COMMANDS } from '../../src/commands/declarations';
import { EVENTS_PATH } from './bolt-app';
import { SLASH_COMMAND } from './listeners/track-command';
import { BOT_SCOPES } from './scopes';

/**
 * What manifest.yml must say for this code to work; test/slack/manifest.test.ts
 * compares the two.
 */
export const MANIFEST_FACTS = {
  command: SLASH_COMMAND,
  eventsPath: EVENTS_PATH,
  botScopes: BOT_SCOPES,
} as const;

/** The slash command's usage hint, from the grammar: a number alone, or a command word. */
export function usageHint(commands: Readonly<Record<string, unknown>> = COMMANDS): string {
  return `<carrier> <number> | ${Object.keys(commands).join(' | ')}`;
}
