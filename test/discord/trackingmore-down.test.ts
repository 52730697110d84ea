import { afterEach, beforeEach, expect, it } from 'vitest';
import { startDiscordHarness, type DiscordHarness } from './harness';

let h: DiscordHarness;
beforeEach(async () => {
  h = await startDiscordHarness({ sandboxDown: true });
});
afterEach(async () => {
  await h.close();
});

it('answers clearly when TrackingMore cannot be reached, and keeps serving', async () => {
  const answer = await h.answer(h.command('show', [{ name: 'carrier', value: '4px' }, { name: 'number', value: '300403513351' }]));
  expect(answer.embeds[0].description).toBe('I could not reach TrackingMore. Please try again in a minute.');
  expect(answer.embeds[0].color).toBe(0xe74c3c);

  const help = await h.answer(h.command('help', []));
  expect(help.embeds[0].title).toBe('Trackbot commands');
});
