import {
  MessageFlags,
  type ButtonInteraction,
  type ModalMessageModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { actorFromInteraction } from './actor';
import { prepareMessage, type HandlerDeps } from './handler-deps';

/** An interaction on a message the bot sent: a click, a choice, or a modal opened from a button there. */
export type MessageInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalMessageModalSubmitInteraction;

/**
 * Runs the command line through the core, like typed text. The interaction
 * is deferred first (the core may wait on TrackingMore past Discord's 3 s):
 *
 * - on the clicker's own ephemeral message, with deferUpdate: a private
 *   answer takes that message's place (refresh, next page, delete); a public
 *   one is posted as a new message; an error goes to the clicker alone;
 * - on a public message (a notification, a shared view), with an ephemeral
 *   deferReply: the answer is the clicker's alone, and the channel's message
 *   stays as it was. A public answer replaces the deferral with a public follow-up.
 */
export async function runCommand(interaction: MessageInteraction, command: string, deps: HandlerDeps): Promise<void> {
  const actor = actorFromInteraction(interaction);
  const clickedEphemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  if (clickedEphemeral) await interaction.deferUpdate();
  else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // The core turns every failure into an error view: it does not throw.
  const message = await deps.core.handleText(command, actor);
  const isPublic = message.kind !== 'error' && message.visibility === 'public';
  const payload = await prepareMessage(deps, message, { locale: actor.locale, ephemeral: !isPublic });
  if (!clickedEphemeral) {
    if (!isPublic) {
      await interaction.editReply(payload);
      return;
    }
    await interaction.deleteReply();
    await interaction.followUp(payload);
    return;
  }
  if (message.kind === 'error') await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else if (isPublic) await interaction.followUp(payload);
  else await interaction.editReply(payload);
}
