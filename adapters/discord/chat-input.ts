import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { actorFromInteraction } from './actor';
import { answerOf, callsTrackingMore, prepareMessage, type HandlerDeps } from './handler-deps';

/** `/track <subcommand> …`: run it in the core; ephemeral unless the core says public. */
export async function handleChatInput(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const actor = actorFromInteraction(interaction);
  const name = interaction.options.getSubcommand();
  if (callsTrackingMore(name)) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const message = await answerOf(deps, actor.locale, () => deps.core.run(name, optionValues(interaction), actor));
  const ephemeral = message.visibility === 'private';
  const payload = await prepareMessage(deps, message, { locale: actor.locale, ephemeral });
  if (!interaction.deferred) {
    await interaction.reply(ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload);
  } else if (ephemeral) {
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
