import type { BaseMessageOptions } from 'discord.js';
import { COMMANDS } from '../../src/commands/declarations';
import { commandByWord } from '../../src/commands/grammar';
import { t } from '../../src/i18n';
import type { Logger } from '../../src/log';
import type { BotMessage } from '../../src/messages/model';
import { ActionStash } from './action-stash';
import type { DiscordCore } from './core-port';
import { renderDiscordMessage, type RenderOptions } from './render';
import { loggableError } from './log-error';

/** What every interaction handler gets. */
export interface HandlerDeps {
  core: DiscordCore;
  stash: ActionStash;
  logger: Logger;
}

/**
 * True when the command (or the first word of a grammar line) may wait on
 * TrackingMore, so the reply must be deferred before Discord's 3 s deadline.
 * A line that starts with a number is the implied show/detect: slow too.
 */
export function callsTrackingMore(commandOrLine: string): boolean {
  const name = commandByWord(commandOrLine.trim().split(/\s+/)[0] ?? '');
  return name === undefined || COMMANDS[name].operations.length > 0;
}

/** The core's answer, or a generic error reply when the core itself failed. */
export async function answerOf(deps: HandlerDeps, locale: string | undefined, work: () => Promise<BotMessage>): Promise<BotMessage> {
  try {
    return await work();
  } catch (error) {
    deps.logger.error({ err: loggableError(error) }, 'discord: command failed');
    return { kind: 'error', text: t(locale, 'error.generic'), visibility: 'private' };
  }
}

/** Rendered message options, with hashed actions saved first so their buttons work. */
export async function prepareMessage(deps: HandlerDeps, message: BotMessage, options: RenderOptions): Promise<BaseMessageOptions> {
  const { stash, ...payload } = renderDiscordMessage(message, options);
  await deps.stash.save(stash);
  return payload;
}
