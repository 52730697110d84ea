import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { actorFromInteraction } from './actor';
import { prepareMessage, type HandlerDeps } from './handler-deps';

/**
 * `/track <subcommand> …`: deferred (ephemeral) at once, since any command
 * may wait on TrackingMore or the store past Discord's 3 s deadline; then the
 * core's answer, private unless the core says public.
 */
export async function handleChatInput(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const actor = actorFromInteraction(interaction);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // The core turns every failure into an error view: it does not throw.
  const message = await deps.core.run(interaction.options.getSubcommand(), optionValues(interaction), actor);
  const ephemeral = message.visibility === 'private';
  const payload = await prepareMessage(deps, message, { locale: actor.locale, ephemeral });
  if (ephemeral) {
    await interaction.editReply(payload);
  } else {
    // A deferred reply keeps the visibility it was deferred with: replace it with a public one.
    await interaction.deleteReply();
    await interaction.followUp(payload);
  }
}

function optionValues(interaction: ChatInputCommandInteraction): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const option of interaction.options.data[0]?.options ?? []) {
    if (option.value !== undefined) values[option.name] = typeof option.value === 'number' ? option.value : String(option.value);
  }
  return values;
}
