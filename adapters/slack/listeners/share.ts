import type { App, BlockAction } from '@slack/bolt';
import { t } from '../../../src/i18n';
import { errorMessage } from '../../../src/messages/error-view';
import { actorOf, interactionIds } from '../actor';
import { parseShareValue, SHARE_ACTION_ID } from '../action-ref';
import type { HandlerDeps } from '../handler-deps';
import { NEW_PRIVATE, NEW_PUBLIC, sendReply } from '../reply';

/** "Share in channel": posts the view the button came with, for everyone, without the button. */
export function registerShare(app: App, deps: HandlerDeps): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: SHARE_ACTION_ID }, async ({ ack, body, action, respond }) => {
    await ack();
    if (deps.stopping() || action.type !== 'button') return;
    const actor = await actorOf(interactionIds(body), deps.directory);
    const hash = parseShareValue(action.value ?? '');
    const view = hash === undefined ? undefined : await deps.stash.view(hash);
    if (view === undefined) await sendReply(deps, respond, errorMessage(t(actor.locale, 'action.expired')), actor.locale, NEW_PRIVATE);
    else await sendReply(deps, respond, { ...view, visibility: 'public' }, actor.locale, NEW_PUBLIC);
  });
}
