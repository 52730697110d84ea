import type { App } from '@slack/bolt';
import { actorOf } from '../actor';
import type { HandlerDeps } from '../handler-deps';
import { NEW_PRIVATE, NEW_PUBLIC, sendReply } from '../reply';

export const SLASH_COMMAND = '/track';

/** `/track <text>`: the text is a line of the grammar; the answer is private unless the core says public. */
export function registerTrackCommand(app: App, deps: HandlerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    if (deps.stopping()) return;
    const actor = await actorOf({ userId: command.user_id, teamId: command.team_id, channelId: command.channel_id }, deps.directory);
    // The core turns every failure into an error view: it does not throw.
    const message = await deps.core.handleText(command.text ?? '', actor);
    await sendReply(deps, respond, message, actor.locale, message.visibility === 'public' ? NEW_PUBLIC : NEW_PRIVATE);
  });
}
