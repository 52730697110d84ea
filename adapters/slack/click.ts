import type { BlockAction, RespondFn } from '@slack/bolt';
import { t } from '../../src/i18n';
import { actorOf, interactionIds } from './actor';
import { parseCommandRef } from './action-ref';
import type { HandlerDeps } from './handler-deps';
import { answerOf, errorView, NEW_PRIVATE, NEW_PUBLIC, sendReply, type ReplyMode } from './reply';

/** The command a ref stands for; undefined when its stash entry expired or the ref is not ours. */
export async function commandOfRef(deps: HandlerDeps, ref: string): Promise<string | undefined> {
  const parsed = parseCommandRef(ref);
  if (parsed === undefined) return undefined;
  return parsed.kind === 'inline' ? parsed.command : deps.stash.command(parsed.hash);
}

/**
 * Runs the command of a clicked button or chosen option. The answer takes
 * the clicked message's place (refresh, change carrier, delete, next page);
 * an error goes to the clicker alone, so the message stays as it was.
 */
export async function runClicked(deps: HandlerDeps, body: BlockAction, respond: RespondFn, command: string | undefined): Promise<void> {
  const actor = await actorOf(interactionIds(body), deps.directory);
  if (command === undefined) {
    await sendReply(deps, respond, errorView(t(actor.locale, 'action.expired')), actor.locale, NEW_PRIVATE);
    return;
  }
  const message = await answerOf(deps, actor.locale, () => deps.core.handleText(command, actor));
  const clickedEphemeral = body.container?.is_ephemeral === true;
  await sendReply(deps, respond, message, actor.locale, modeOf(message.kind === 'error', message.visibility === 'public', clickedEphemeral));
}

function modeOf(isError: boolean, wantsPublic: boolean, clickedEphemeral: boolean): ReplyMode {
  if (isError) return NEW_PRIVATE;
  if (!clickedEphemeral) return { responseType: 'in_channel', replaceOriginal: true };
  if (wantsPublic) return NEW_PUBLIC;
  return { responseType: 'ephemeral', replaceOriginal: true };
}
