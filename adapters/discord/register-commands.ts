import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DiscordConfig } from '../../src/config';
import { buildCommandPayload, type DeclaredCommands } from './command-payload';

export interface RegisterResult {
  scope: 'global' | 'guild';
  count: number;
}

/**
 * PUTs the whole command list (idempotent: Discord replaces what was there).
 * With a guild id the commands appear at once in that guild only; global
 * commands reach every guild the bot is in.
 */
export async function registerCommands(
  config: Pick<DiscordConfig, 'token' | 'applicationId' | 'guildId' | 'apiUrl'>,
  commands: DeclaredCommands,
): Promise<RegisterResult> {
  const rest = new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(config.token);
  const route =
    config.guildId === undefined
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, config.guildId);
  const registered = (await rest.put(route, { body: [buildCommandPayload(commands)] })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.guildId === undefined ? 'global' : 'guild', count: registered.length };
}
