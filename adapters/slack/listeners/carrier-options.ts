import type { App } from '@slack/bolt';
import { CARRIERS_ACTION } from '../action-ref';
import type { HandlerDeps } from '../handler-deps';
import { truncate } from '../../shared/truncate';
import { SLACK_LIMITS as LIMITS } from '../limits';

/**
 * Options for the search over all carriers (Slack's block_suggestion). The
 * answer is the ack itself, so it cannot be sent first: the core's carrier
 * list is cached and completeCarriers never throws.
 */
export function registerCarrierOptions(app: App, deps: HandlerDeps): void {
  app.options<'block_suggestion'>({ type: 'block_suggestion', action_id: CARRIERS_ACTION }, async ({ ack, payload }) => {
    if (deps.stopping()) {
      await ack({ options: [] });
      return;
    }
    const carriers = await deps.core.completeCarriers(String(payload.value ?? ''), LIMITS.selectOptions);
    const options = carriers
      .filter((carrier) => carrier.code.length <= LIMITS.optionValue)
      .slice(0, LIMITS.selectOptions)
      .map((carrier) => ({
        text: { type: 'plain_text' as const, text: truncate(`${carrier.name} (${carrier.code})`, LIMITS.optionText) },
        value: carrier.code,
      }));
    await ack({ options });
  });
}
