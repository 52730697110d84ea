import { afterEach, beforeEach, expect, it } from 'vitest';
import { buttonLabelled, expectNoPingsNorSecrets, shownMessage, startDiscordHarness, type DiscordHarness } from './harness';

const PARCEL = { carrier: 'dhl', number: '7700000001' };

let h: DiscordHarness;
beforeEach(async () => {
  h = await startDiscordHarness();
});
afterEach(async () => {
  try {
    expectNoPingsNorSecrets(h);
  } finally {
    await h.close();
  }
});

/** Every string of an embed, as Discord would render it. */
function embedText(embed: any): string {
  return [embed.title, embed.description, embed.footer?.text, embed.author?.name, ...(embed.fields ?? []).flatMap((f: any) => [f.name, f.value])].join('\n');
}

it('shows carrier text with @everyone, @here and <@id> inert, privately and when shared', async () => {
  h.sandbox.addTracking({
    ...PARCEL,
    status: 'transit',
    title: '@here your parcel',
    events: [{ at: Date.now() - 60_000, description: 'Ping @everyone and <@123> and <@&456>', location: '<#789> @here' }],
  });
  const answer = await h.answer(h.command('show', [{ name: 'carrier', value: PARCEL.carrier }, { name: 'number', value: PARCEL.number }]));
  const edit = h.fake.requests.find((r) => r.method === 'PATCH');
  expect(edit?.body.allowed_mentions).toEqual({ parse: [] });

  const text = embedText(answer.embeds[0]);
  expect(text).toContain('Ping @\u200beveryone and <\u200b@123> and <\u200b@&456>');
  expect(text).toContain('<\u200b#789> @\u200bhere');
  expect(answer.embeds[0].title).toBe('@\u200bhere your parcel');
  expect(text).not.toMatch(/@(everyone|here)|<@|<#/);

  const share = h.click(shownMessage(h.fake.world, answer), { customId: buttonLabelled(answer, 'Share').custom_id });
  const posted = await h.waitFor(share, (r) => r.path.endsWith('/callback'), 'the shared message');
  expect(posted.body.data.allowed_mentions).toEqual({ parse: [] });
  expect(posted.body.data.flags ?? 0).toBe(0);
  expect(embedText(posted.body.data.embeds[0])).not.toMatch(/@(everyone|here)|<@|<#/);
  expect(posted.body.data.embeds[0].description).toContain('@\u200beveryone');
});
