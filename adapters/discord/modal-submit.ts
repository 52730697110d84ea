import type { ModalSubmitInteraction } from 'discord.js';
import { parseRef } from './action-ref';
import { CARRIER_INPUT_ID, commandWithCarrier } from './carrier-prompt';
import { replyExpired } from './expired';
import type { HandlerDeps } from './handler-deps';
import { runCommand } from './run-command';

/**
 * The submitted "Other carrier…" modal: its custom_id is the button's
 * (`p:<template>` or `q:<hash>`); the typed code fills `{carrier}` and the
 * line runs like a click on the message the button sat on.
 */
export async function handleModalSubmit(interaction: ModalSubmitInteraction, deps: HandlerDeps): Promise<void> {
  // Only the bot's own buttons open its modals, so a submit always comes from a message.
  if (!interaction.isFromMessage()) return;
  const ref = parseRef(interaction.customId);
  let template: string | undefined;
  if (ref?.kind === 'askCarrier') template = ref.template;
  else if (ref?.kind === 'askCarrierStored') template = (await deps.stash.load(ref.hash))?.command;
  else return;
  if (template === undefined) return replyExpired(interaction, interaction.locale ?? interaction.guildLocale ?? undefined);
  const typed = interaction.fields.getTextInputValue(CARRIER_INPUT_ID);
  await runCommand(interaction, commandWithCarrier(template, typed), deps);
}
