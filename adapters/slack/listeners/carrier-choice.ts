import type { App, BlockAction } from '@slack/bolt';
import { CARRIERS_ACTION, CARRIERS_PREFIX, fillCarrier } from '../action-ref';
import { commandOfRef, runClicked } from '../click';
import type { HandlerDeps } from '../handler-deps';

/** Carrier codes are lower-case words with dashes; anything else is not one of ours. */
const CARRIER_CODE = /^[a-z0-9][a-z0-9_-]*$/i;

/** A carrier chosen in the search over all carriers: its code fills the template's `{carrier}`. */
export function registerCarrierChoice(app: App, deps: HandlerDeps): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: CARRIERS_ACTION }, async ({ ack, body, action, respond }) => {
    await ack();
    if (deps.stopping() || action.type !== 'external_select') return;
    const code = action.selected_option?.value;
    if (code === undefined || !CARRIER_CODE.test(code)) return;
    const template = await commandOfRef(deps, action.action_id.slice(CARRIERS_PREFIX.length));
    await runClicked(deps, body, respond, template === undefined ? undefined : fillCarrier(template, code));
  });
}
