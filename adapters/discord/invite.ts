import { PermissionFlagsBits } from 'discord.js';

/**
 * What the bot role needs: replies to interactions need no permission, but
 * `watch` notifications are channel posts with embeds. The bot reads no
 * messages, so no Read Message History.
 */
export const BOT_PERMISSIONS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks;

/** The OAuth2 URL that adds the bot, with /track, to a server the user picks. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions: BOT_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
