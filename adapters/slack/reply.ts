import type { RespondArguments, RespondFn } from '@slack/bolt';
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
