import { afterEach, expect, it } from 'vitest';
import type { DiscordCore } from '../../adapters/discord/core-port';
import type { BotMessage } from '../../src/messages/model';
import { startDiscordHarness, type DiscordHarness } from './harness';

/** A core double whose every answer is public (no command gives one yet; the model allows it). */
const announcement: BotMessage = { kind: 'info', text: 'Shared with everyone', visibility: 'public' };
const publicCore: DiscordCore = {
  handleText: async () => announcement,
  run: async () => announcement,
  completeCarriers: async () => [],
};

let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.close();
});

it('replies publicly at once to a command that does not call TrackingMore', async () => {
  h = await startDiscordHarness({ core: publicCore });
  const interaction = h.command('help', []);
  const callback = await h.waitFor(interaction, (r) => r.path.endsWith('/callback'), 'the reply');
  expect(callback.body.type).toBe(4);
  expect(callback.body.data.flags ?? 0).toBe(0);
  expect(callback.body.data.components).toEqual([]);
});

it('replaces the ephemeral deferral with a public follow-up when the answer is public', async () => {
  h = await startDiscordHarness({ core: publicCore });
  const interaction = h.command('stats', []);
  const followUp = await h.waitFor(interaction, (r) => r.method === 'POST' && r.path.startsWith('/webhooks/'), 'the follow-up');
  expect(followUp.body.flags ?? 0).toBe(0);
  expect(followUp.body.embeds[0].description).toBe('Shared with everyone');
  const calls = h.fake.requests.filter((r) => r.path.includes(interaction.token) || r.path.includes(`/${interaction.id}/`));
  expect(calls.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
});
