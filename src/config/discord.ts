import type { EnvReader } from './fields';
import type { DiscordConfig } from './types';

const SNOWFLAKE = /^\d{1,20}$/;

export function readDiscord(env: EnvReader): DiscordConfig | undefined {
  const token = env.optional('DISCORD_TOKEN');
  const applicationId = snowflake(env, 'DISCORD_APPLICATION_ID');
  const guildId = snowflake(env, 'DISCORD_GUILD_ID');
  const apiUrl = env.httpUrl('DISCORD_API_URL');
  const adminRoleIds = env.list('DISCORD_ADMIN_ROLE_IDS');
  const badRoles = adminRoleIds.filter((id) => !SNOWFLAKE.test(id));
  if (badRoles.length > 0) env.fail(`DISCORD_ADMIN_ROLE_IDS has non-numeric ids (${badRoles.join(', ')}): set a comma list of role ids.`);

  const applicationIdSet = env.optional('DISCORD_APPLICATION_ID') !== undefined;
  if (token === undefined) {
    if (applicationIdSet) env.fail('DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not: set DISCORD_TOKEN (the bot token) too, or unset both.');
    return undefined;
  }
  if (!applicationIdSet) {
    return env.fail('DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: set DISCORD_APPLICATION_ID (General Information > Application ID).');
  }
  if (applicationId === undefined) return undefined;
  return { token, applicationId, apiUrl, adminRoleIds, guildId };
}

function snowflake(env: EnvReader, name: string): string | undefined {
  const raw = env.optional(name);
  if (raw === undefined || SNOWFLAKE.test(raw)) return raw;
  return env.fail(`${name} is "${raw}": set it to the numeric id (enable Developer Mode, right-click > Copy ID).`);
}
