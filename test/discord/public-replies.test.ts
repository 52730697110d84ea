import { afterEach, expect, it } from 'vitest';
import type { DiscordCore } from '../../adapters/discord/core-port';
import type { BotMessage } from '../../src/messages/model';
import { EPHEMERAL, shownMessage, startDiscordHarness, type DiscordHarness } from './harness';

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

function callsOf(interaction: { id: string; token: string }) {
  return h?.fake.requests.filter((r) => r.path.includes(interaction.token) || r.path.includes(`/${interaction.id}/`)) ?? [];
}

it('defers every command ephemerally first, even one that needs no TrackingMore (help)', async () => {
  h = await startDiscordHarness();
  const interaction = h.command('help', []);
  const callback = await h.waitFor(interaction, (r) => r.path.endsWith('/callback'), 'the deferral');
  expect(callback.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
  const edit = await h.waitFor(interaction, (r) => r.method === 'PATCH', 'the answer');
  expect(edit.body.embeds[0].title).toBe('Trackbot commands');
});

it('replaces the ephemeral deferral with a public follow-up when the answer is public', async () => {
  h = await startDiscordHarness({ core: publicCore });
  const interaction = h.command('stats', []);
  const followUp = await h.waitFor(interaction, (r) => r.method === 'POST' && r.path.startsWith('/webhooks/'), 'the follow-up');
  expect(followUp.body.flags ?? 0).toBe(0);
  expect(followUp.body.embeds[0].description).toBe('Shared with everyone');
  expect(followUp.body.components).toEqual([]);
  expect(callsOf(interaction).map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
});

it('a public answer to a click on a public message is posted publicly, after an ephemeral deferral', async () => {
  h = await startDiscordHarness({ core: publicCore });
  const message = shownMessage(h.fake.world, { embeds: [{ description: 'old' }], components: [] }, 0);
  const click = h.click(message, { customId: 't:refresh 4px 300403513351' });
  const followUp = await h.waitFor(click, (r) => r.method === 'POST' && r.path.startsWith('/webhooks/'), 'the follow-up');
  expect(followUp.body.flags ?? 0).toBe(0);
  expect(callsOf(click).map((r) => `${r.method} ${r.path.endsWith('/callback') ? r.body.type : ''}`)).toEqual(['POST 5', 'DELETE ', 'POST ']);
});

it('a public answer to a click on the clicker\'s ephemeral message is a new public message, the ephemeral one stays', async () => {
  h = await startDiscordHarness({ core: publicCore });
  const message = shownMessage(h.fake.world, { embeds: [{ description: 'mine' }], components: [] });
  const click = h.click(message, { customId: 't:refresh 4px 300403513351' });
  const followUp = await h.waitFor(click, (r) => r.method === 'POST' && r.path.startsWith('/webhooks/'), 'the follow-up');
  expect(followUp.body.flags ?? 0).toBe(0);
  expect(followUp.body.embeds[0].description).toBe('Shared with everyone');
  expect(callsOf(click).map((r) => `${r.method} ${r.path.endsWith('/callback') ? r.body.type : ''}`)).toEqual(['POST 6', 'POST ']);
});
