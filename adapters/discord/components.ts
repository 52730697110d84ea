import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type ButtonInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { actorFromInteraction } from './actor';
import { DISMISS_ID, parseRef, runRef, SHARE_ID, type StashEntry, type StoredAction } from './action-ref';
import { answerOf, callsTrackingMore, prepareMessage, type HandlerDeps } from './handler-deps';
import { discordLabel } from './labels';
import { NO_MENTIONS } from './render';
import { button, type ActionRow } from './render-components';
import { embedColour } from './render-embed';
import { escapeText } from './escape';

type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

/** A click on a button or a choice in a select: see action-ref.ts for what custom_ids carry. */
export async function handleComponent(interaction: ComponentInteraction, deps: HandlerDeps): Promise<void> {
  const locale = interaction.locale ?? interaction.guildLocale ?? undefined;
  const raw = interaction.isStringSelectMenu() ? (interaction.values[0] ?? '') : interaction.customId;
  const ref = parseRef(raw);
  if (ref === undefined) return;
  switch (ref.kind) {
    case 'share':
      return share(interaction);
    case 'dismiss':
      await interaction.update({ embeds: [{ description: discordLabel(locale, 'dismissed') }], components: [] });
      return;
    case 'run':
      return runCommand(interaction, ref.command, deps);
  }
  const stored = await deps.stash.load(ref.hash);
  if (stored === undefined) {
    await interaction.reply({ embeds: [{ description: discordLabel(locale, 'expired') }], flags: MessageFlags.Ephemeral });
    return;
  }
  if (ref.kind === 'confirm' && stored.confirm) return askFirst(interaction, stored.command, stored.confirm, deps);
  return runCommand(interaction, stored.command, deps);
}

/**
 * Runs the command and shows the answer in place of the clicked message; an
 * error goes to the clicker alone, so a shared message stays as it was.
 */
async function runCommand(interaction: ComponentInteraction, command: string, deps: HandlerDeps): Promise<void> {
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

/** The Discord form of a confirmation: an ephemeral question with a yes and a no button. */
async function askFirst(
  interaction: ComponentInteraction,
  command: string,
  confirm: NonNullable<StoredAction['confirm']>,
  deps: HandlerDeps,
): Promise<void> {
  const entries: StashEntry[] = [];
  const row: ActionRow = {
    type: ComponentType.ActionRow,
    components: [
      button(confirm.confirm, runRef(command, entries), ButtonStyle.Danger),
      button(confirm.deny, DISMISS_ID, ButtonStyle.Secondary),
    ],
  };
  await deps.stash.save(entries);
  await interaction.reply({
    embeds: [{ title: escapeText(confirm.title), description: escapeText(confirm.text), color: embedColour({ kind: 'error', visibility: 'private' }) }],
    components: [row],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
}

/** Posts the ephemeral message publicly, as it is, without its Share button. */
async function share(interaction: ComponentInteraction): Promise<void> {
  const components: ActionRow[] = [];
  for (const row of interaction.message.components) {
    const json = row.toJSON();
    if (json.type !== ComponentType.ActionRow) continue;
    const kept = json.components.filter((component) => !('custom_id' in component && component.custom_id === SHARE_ID));
    if (kept.length > 0) components.push({ ...json, components: kept });
  }
  await interaction.reply({
    embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
    components,
    allowedMentions: NO_MENTIONS,
  });
}
