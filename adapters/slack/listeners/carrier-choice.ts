import type { App, BlockAction } from '@slack/bolt';
import { fillCarrierTemplate } from '../../../src/commands/grammar';
import { CARRIERS_ACTION, CARRIERS_PREFIX } from '../action-ref';
import { commandOfRef, runClicked } from '../click';
import type { HandlerDeps } from '../handler-deps';

/** A carrier chosen in the search over all carriers: its code fills the template's `{carrier}`, as one token. */
export function registerCarrierChoice(app: App, deps: HandlerDeps): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: CARRIERS_ACTION }, async ({ ack, body, action, respond }) => {
    await ack();
    if (deps.stopping() || action.type !== 'external_select') return;
    const code = action.selected_option?.value?.trim();
    if (code === undefined || code === '') return;
    const template = await commandOfRef(deps, action.action_id.slice(CARRIERS_PREFIX.length));
    await runClicked(deps, body, respond, template === undefined ? undefined : fillCarrierTemplate(template, code));
  });
}
