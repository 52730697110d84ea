import type { App, BlockAction } from '@slack/bolt';
import { RUN_ACTION } from '../action-ref';
import { commandOfRef, runClicked } from '../click';
import type { HandlerDeps } from '../handler-deps';

/** A button, or an option of a static_select, that carries a command ref. */
export function registerRunAction(app: App, deps: HandlerDeps): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: RUN_ACTION }, async ({ ack, body, action, respond }) => {
    await ack();
    if (deps.stopping()) return;
    const ref = action.type === 'button' ? action.value : action.type === 'static_select' ? action.selected_option?.value : undefined;
    if (ref === undefined) return;
    await runClicked(deps, body, respond, await commandOfRef(deps, ref));
  });
}
