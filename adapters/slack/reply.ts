import type { RespondArguments, RespondFn } from '@slack/bolt';
import { t } from '../../src/i18n';
import type { BotMessage } from '../../src/messages/model';
import type { HandlerDeps } from './handler-deps';
import { loggableError } from './log-error';
import { renderSlackBlocks } from './render';

/** How a reply goes out through the request's response_url. */
export interface ReplyMode {
  responseType: 'ephemeral' | 'in_channel';
  /** Replace the message whose button was clicked. */
  replaceOriginal: boolean;
}

export const NEW_PRIVATE: ReplyMode = { responseType: 'ephemeral', replaceOriginal: false };
export const NEW_PUBLIC: ReplyMode = { responseType: 'in_channel', replaceOriginal: false };

/** The core's answer, or the generic error view when the core itself failed (logged, never shown). */
export async function answerOf(deps: HandlerDeps, locale: string | undefined, work: () => Promise<BotMessage>): Promise<BotMessage> {
  try {
    return await work();
  } catch (error) {
    deps.logger.error({ err: loggableError(error) }, 'slack: command failed');
    return errorView(t(locale, 'error.generic'));
  }
}

export function errorView(text: string): BotMessage {
  return { kind: 'error', text, visibility: 'private' };
}

/**
 * Renders the message (with a Share button when only its user sees it),
 * saves what the buttons need, and responds. A failed respond (an expired
 * response_url, Slack down) is logged: the user has nothing else to be told.
 */
export async function sendReply(deps: HandlerDeps, respond: RespondFn, message: BotMessage, locale: string | undefined, mode: ReplyMode): Promise<void> {
  try {
    const { text, blocks, stash } = renderSlackBlocks(message, locale, { shareable: mode.responseType === 'ephemeral' });
    await deps.stash.save(stash);
    const args: RespondArguments = { response_type: mode.responseType, replace_original: mode.replaceOriginal, text, blocks };
    await respond(args);
  } catch (error) {
    deps.logger.error({ err: loggableError(error), kind: message.kind }, 'slack: could not send the reply');
  }
}
