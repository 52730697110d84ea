import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import type { Actor } from '../../src/platform/actor';

/** Platform facts only: the core decides what they allow. */
export function actorFromInteraction(interaction: BaseInteraction): Actor {
  const member = interaction.member;
  const roleIds = member === null ? [] : Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
  return {
    platform: 'discord',
    userId: interaction.user.id,
    workspaceId: interaction.guildId ?? 'dm',
    channelId: interaction.channelId ?? '',
    locale: interaction.locale ?? interaction.guildLocale ?? undefined,
    facts: {
      // has() counts Administrator as every permission.
      hasManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
      roleIds,
    },
  };
}
