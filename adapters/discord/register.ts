/** `npm run discord:register`: registers /track globally, or on DISCORD_GUILD_ID only, and prints the invite URL. */
import { COMMANDS } from '../../src/commands/declarations';
import { parseConfig } from '../../src/config';
import { inviteUrl } from './invite';
import { loggableError } from './log-error';
import { registerCommands } from './register-commands';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(parsed.errors.join('\n'));
  process.exit(1);
}
const discord = parsed.config.discord;
if (discord === undefined) {
  console.error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the /track command.');
  process.exit(1);
}
try {
  const result = await registerCommands(discord, COMMANDS);
  const where = result.scope === 'guild' ? `guild ${discord.guildId}` : 'every guild (global commands can take a while to appear)';
  console.log(`Registered /track (${result.count} command) for ${where}.`);
  console.log(`Invite the bot with: ${inviteUrl(discord.applicationId)}`);
} catch (error) {
  const { name, message } = loggableError(error);
  console.error(`Registration failed: ${name}: ${message}`);
  process.exit(1);
}
