import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildCommandPayload } from '../../adapters/discord/command-payload';
import { registerCommands } from '../../adapters/discord/register-commands';
import { COMMANDS } from '../../src/commands/declarations';
import { FakeDiscord } from './fake-discord/fake-discord';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await FakeDiscord.start('register-token');
});
afterEach(async () => {
  await fake.close();
});

function config(guildId?: string) {
  return { token: 'register-token', applicationId: fake.world.applicationId, apiUrl: fake.apiUrl, ...(guildId && { guildId }) };
}

it('PUTs the whole /track command to the guild when DISCORD_GUILD_ID is set', async () => {
  const result = await registerCommands(config(fake.world.guildId), COMMANDS);
  expect(result).toEqual({ scope: 'guild', count: 1 });
  const [put] = fake.requests;
  expect(put?.method).toBe('PUT');
  expect(put?.path).toBe(`/applications/${fake.world.applicationId}/guilds/${fake.world.guildId}/commands`);
  expect(put?.body).toEqual([buildCommandPayload(COMMANDS)]);
  expect(put?.body[0].options.map((o: any) => o.name)).toEqual(Object.keys(COMMANDS));
});

it('PUTs globally without a guild id', async () => {
  expect(await registerCommands(config(), COMMANDS)).toEqual({ scope: 'global', count: 1 });
  expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /applications/${fake.world.applicationId}/commands`]);
});
