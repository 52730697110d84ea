import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DiscordCore } from '../../adapters/discord/core-port';
import { DISCORD_LIMITS } from '../../adapters/discord/limits';
import type { BotMessage } from '../../src/messages/model';
import { buttonLabelled, EPHEMERAL, expectNoPingsNorSecrets, shownMessage, startDiscordHarness, type DiscordHarness } from './harness';

/** Long enough that `p:` + the template cannot be a custom_id. */
const LONG_NUMBER = '9'.repeat(95);
const TEMPLATE = `carrier dhl ${LONG_NUMBER} {carrier}`;

/** A core double that offers a select with a long template and records the lines it is asked to run. */
function recordingCore(lines: string[]): DiscordCore {
  const offer: BotMessage = {
    kind: 'tracking',
    text: 'A parcel',
    visibility: 'private',
    actions: [{ type: 'select', placeholder: 'Change carrier…', options: [{ label: 'UPS', command: `carrier dhl ${LONG_NUMBER} ups` }], searchCarriersCommand: TEMPLATE }],
  };
  return {
    run: async () => offer,
    handleText: async (line) => {
      lines.push(line);
      return { kind: 'info', text: 'Done', visibility: 'private' };
    },
    completeCarriers: async () => [],
  };
}

let h: DiscordHarness;
let lines: string[];
beforeEach(async () => {
  lines = [];
  h = await startDiscordHarness({ core: recordingCore(lines) });
});
afterEach(async () => {
  try {
    expectNoPingsNorSecrets(h);
  } finally {
    await h.close();
  }
});

it('keeps a long template in the kv, behind a hash in the button and modal custom_ids', async () => {
  const offer = await h.answer(h.command('show', []));
  const other = buttonLabelled(offer, 'Other carrier…');
  expect(other.custom_id).toMatch(/^q:[\w-]{22}$/);
  expect(other.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);

  const click = h.click(shownMessage(h.fake.world, offer), { customId: other.custom_id });
  const modal = (await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the modal')).body;
  expect(modal).toMatchObject({ type: 9, data: { custom_id: other.custom_id } });

  const submit = h.submitModal(modal.data, { carrier: 'dhl express' }, shownMessage(h.fake.world, offer));
  const edit = await h.waitFor(submit, (r) => r.method === 'PATCH', 'the answer');
  expect(edit.body.embeds[0].description).toBe('Done');
  // One token, quoted, in place of {carrier}.
  expect(lines).toEqual([`carrier dhl ${LONG_NUMBER} "dhl express"`]);
});

it('answers "expired" instead of a modal when the template is gone, and again on a late submit', async () => {
  const offer = await h.answer(h.command('show', []));
  const other = buttonLabelled(offer, 'Other carrier…');
  const click = h.click(shownMessage(h.fake.world, offer), { customId: other.custom_id });
  const modal = (await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the modal')).body;

  await h.kv.clear();
  const late = h.submitModal(modal.data, { carrier: 'ups' }, shownMessage(h.fake.world, offer));
  const lateAnswer = await h.waitFor(late, (r) => r.path.endsWith('/callback'), 'the late answer');
  expect(lateAnswer.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, embeds: [{ description: 'This button has expired. Run the command again.' }] } });

  const again = h.click(shownMessage(h.fake.world, offer), { customId: other.custom_id });
  const answer = await h.waitFor(again, (r) => r.path.endsWith('/callback'), 'the expired answer');
  expect(answer.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, embeds: [{ description: 'This button has expired. Run the command again.' }] } });
  expect(lines).toEqual([]);
});
