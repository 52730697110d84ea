import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type ButtonInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { t } from '../../src/i18n';
import { DISMISS_ID, parseRef, runRef, SHARE_ID, type StashEntry, type StoredAction } from './action-ref';
import { carrierModal } from './carrier-prompt';
import { escapeText } from './escape';
import { replyExpired } from './expired';
import type { HandlerDeps } from './handler-deps';
import { NO_MENTIONS } from './render';
import { button, type ActionRow } from './render-components';
import { embedColour } from './render-embed';
import { runCommand } from './run-command';

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
      await interaction.update({ embeds: [{ description: t(locale, 'action.dismissed') }], components: [] });
      return;
    case 'run':
      return runCommand(interaction, ref.command, deps);
    case 'askCarrier':
      // The modal takes the button's custom_id: the submit reads the template from it.
      await interaction.showModal(carrierModal(raw, locale));
      return;
  }
  const stored = await deps.stash.load(ref.hash);
  if (stored === undefined) return replyExpired(interaction, locale);
  if (ref.kind === 'askCarrierStored') return interaction.showModal(carrierModal(raw, locale));
  if (ref.kind === 'confirm' && stored.confirm) return askFirst(interaction, stored.command, stored.confirm, deps);
  return runCommand(interaction, stored.command, deps);
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
