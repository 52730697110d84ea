import type { BlockAction, RespondFn } from '@slack/bolt';
import { t } from '../../src/i18n';
import { errorMessage } from '../../src/messages/error-view';
import type { BotMessage } from '../../src/messages/model';
import { actorOf, interactionIds } from './actor';
import { parseCommandRef } from './action-ref';
import type { HandlerDeps } from './handler-deps';
import { NEW_PRIVATE, NEW_PUBLIC, sendReply, type ReplyMode } from './reply';

/** The command a ref stands for; undefined when its stash entry expired or the ref is not ours. */
export async function commandOfRef(deps: HandlerDeps, ref: string): Promise<string | undefined> {
  const parsed = parseCommandRef(ref);
  if (parsed === undefined) return undefined;
  return parsed.kind === 'inline' ? parsed.command : deps.stash.command(parsed.hash);
}

/**
 * Runs the command of a clicked button or chosen option, and sends the
 * answer with the visibility the core gave it (see replyModeOf).
 */
export async function runClicked(deps: HandlerDeps, body: BlockAction, respond: RespondFn, command: string | undefined): Promise<void> {
  const actor = await actorOf(interactionIds(body), deps.directory);
  if (command === undefined) {
    await sendReply(deps, respond, errorMessage(t(actor.locale, 'action.expired')), actor.locale, NEW_PRIVATE);
    return;
  }
  const message = await deps.core.handleText(command, actor);
  await sendReply(deps, respond, message, actor.locale, replyModeOf(message, body.container?.is_ephemeral === true));
}

/**
 * Answers are private unless the core shares them. An answer replaces the
 * clicked message only when both are seen by the same people: a private
 * answer in the clicker's own ephemeral message (refresh, next page), a
 * public answer in a public one. A private answer to a click on a public
 * message (a notification's Show, a shared view) goes to the clicker alone
 * and leaves the channel's message as it was; so does every error.
 */
export function replyModeOf(message: BotMessage, clickedEphemeral: boolean): ReplyMode {
  if (message.kind === 'error') return NEW_PRIVATE;
  if (message.visibility === 'public') return clickedEphemeral ? NEW_PUBLIC : { responseType: 'in_channel', replaceOriginal: true };
  return clickedEphemeral ? { responseType: 'ephemeral', replaceOriginal: true } : NEW_PRIVATE;
}
