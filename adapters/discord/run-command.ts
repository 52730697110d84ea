import {
  MessageFlags,
  type ButtonInteraction,
  type ModalMessageModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { actorFromInteraction } from './actor';
import { answerOf, callsTrackingMore, prepareMessage, type HandlerDeps } from './handler-deps';

/** An interaction on a message the bot sent: a click, a choice, or a modal opened from a button there. */
export type MessageInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalMessageModalSubmitInteraction;

/**
 * Runs the command line through the core, like typed text, and shows the
 * answer in place of the message; an error goes to the user alone, so a
 * shared message stays as it was.
 */
export async function runCommand(interaction: MessageInteraction, command: string, deps: HandlerDeps): Promise<void> {
  const actor = actorFromInteraction(interaction);
  if (callsTrackingMore(command)) await interaction.deferUpdate();
  const message = await answerOf(deps, actor.locale, () => deps.core.handleText(command, actor));
  const ephemeral = message.kind === 'error' || interaction.message.flags.has(MessageFlags.Ephemeral);
  const payload = await prepareMessage(deps, message, { locale: actor.locale, ephemeral });
  if (message.kind === 'error') {
    const reply = { ...payload, flags: MessageFlags.Ephemeral } as const;
    await (interaction.deferred ? interaction.followUp(reply) : interaction.reply(reply));
  } else {
    await (interaction.deferred ? interaction.editReply(payload) : interaction.update(payload));
  }
}
