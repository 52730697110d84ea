import { MessageFlags, type InteractionReplyOptions } from 'discord.js';
import { t } from '../../src/i18n';

/** Tells the user alone that a button's hashed command is no longer in the kv. */
export async function replyExpired(
  interaction: { reply(options: InteractionReplyOptions): Promise<unknown> },
  locale: string | undefined,
): Promise<void> {
  await interaction.reply({ embeds: [{ description: t(locale, 'action.expired') }], flags: MessageFlags.Ephemeral });
}
