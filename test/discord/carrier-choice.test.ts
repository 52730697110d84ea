import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buttonLabelled,
  EPHEMERAL,
  expectNoPingsNorSecrets,
  MANAGE_GUILD,
  shownMessage,
  startDiscordHarness,
  type DiscordHarness,
} from './harness';

/** The sandbox detects both china-post and china-ems for this shape of number. */
const AMBIGUOUS = 'RN123456789CN';
const ADMIN = { userId: '1100000000000000903', permissions: MANAGE_GUILD };

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

function selectOf(message: any): any {
  return message.components.flatMap((row: any) => row.components).find((c: any) => c.type === 3);
}

/** Clicks "Other carrier…" on message and returns the modal the bot showed. */
async function openCarrierModal(message: any, member = {}) {
  const click = h.click(shownMessage(h.fake.world, message), { customId: buttonLabelled(message, 'Other carrier…').custom_id }, { ...ADMIN, ...member });
  const callback = await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the modal');
  return callback.body;
}

describe('detect with several candidates', () => {
  it('offers the candidates as a select whose choice shows the tracking', async () => {
    const question = await h.answer(h.command('detect', [{ name: 'number', value: AMBIGUOUS }]));
    expect(question.embeds[0].description).toBe(`Several carriers match ${AMBIGUOUS}. Which one is it?`);
    const select = selectOf(question);
    expect(select.placeholder).toBe('Pick the carrier…');
    expect(select.options.map((o: any) => [o.label, o.description, o.value])).toEqual([
      ['China post', 'china-post', `t:china-post ${AMBIGUOUS}`],
      ['China EMS', 'china-ems', `t:china-ems ${AMBIGUOUS}`],
    ]);
    expect(buttonLabelled(question, 'Other carrier…').custom_id).toBe(`p:show {carrier} ${AMBIGUOUS}`);

    const pick = h.click(shownMessage(h.fake.world, question), { customId: select.custom_id, values: [`t:china-ems ${AMBIGUOUS}`] });
    const edit = await h.waitFor(pick, (r) => r.method === 'PATCH', 'the tracking');
    expect(edit.path).toBe(`/webhooks/${h.fake.world.applicationId}/${pick.token}/messages/@original`);
    expect(edit.body.embeds[0].fields).toEqual(expect.arrayContaining([{ name: 'Carrier', value: 'china-ems', inline: true }]));
    expect(h.sandbox.tracking({ carrier: 'china-ems', number: AMBIGUOUS })).toBeDefined();
    expect(h.sandbox.tracking({ carrier: 'china-post', number: AMBIGUOUS })).toBeUndefined();
  });
});

describe('Other carrier… (a modal in place of a searchable select)', () => {
  it('opens a modal with one carrier code input, carrying the template in its custom_id', async () => {
    const question = await h.answer(h.command('detect', [{ name: 'number', value: AMBIGUOUS }]));
    const modal = await openCarrierModal(question);
    expect(modal.type).toBe(9);
    expect(modal.data).toEqual({
      custom_id: `p:show {carrier} ${AMBIGUOUS}`,
      title: 'Another carrier',
      components: [
        {
          type: 18,
          label: 'Carrier code',
          description: 'The TrackingMore code, e.g. dhl. Find codes with /track carriers.',
          component: { type: 4, custom_id: 'carrier', style: 1, required: true, min_length: 1, max_length: 64, placeholder: 'e.g. china-ems' },
        },
      ],
    });
    expect(h.sandbox.calls.createTracking).toBe(0);
  });

  it('runs the typed carrier through the core like a click and shows the tracking in place', async () => {
    const question = await h.answer(h.command('detect', [{ name: 'number', value: AMBIGUOUS }]));
    const modal = await openCarrierModal(question);
    const submit = h.submitModal(modal.data, { carrier: ' China-EMS ' }, shownMessage(h.fake.world, question));
    const deferred = await h.waitFor(submit, (r) => r.path.endsWith('/callback'), 'the deferred update');
    expect(deferred.body.type).toBe(6);
    const edit = await h.waitFor(submit, (r) => r.method === 'PATCH', 'the tracking');
    expect(edit.path).toContain('/messages/@original');
    expect(edit.body.embeds[0].fields).toEqual(expect.arrayContaining([{ name: 'Carrier', value: 'china-ems', inline: true }]));
    expect(h.sandbox.tracking({ carrier: 'china-ems', number: AMBIGUOUS })).toBeDefined();
  });

  it('answers a wrong code with the core’s suggestion, to the user alone, leaving the message as it was', async () => {
    const question = await h.answer(h.command('detect', [{ name: 'number', value: AMBIGUOUS }]));
    const modal = await openCarrierModal(question);
    const submit = h.submitModal(modal.data, { carrier: 'chna-ems' }, shownMessage(h.fake.world, question));
    const followUp = await h.waitFor(submit, (r) => r.method === 'POST' && r.path.startsWith('/webhooks/'), 'the suggestion');
    expect(followUp.body.flags).toBe(EPHEMERAL);
    expect(followUp.body.embeds[0].description).toContain('Did you mean `china-ems`?');
    expect(h.fake.requests.some((r) => r.path.includes(submit.token) && r.method === 'PATCH')).toBe(false);
    expect(h.sandbox.calls.createTracking).toBe(0);
  });

  it('keeps what was typed one token, so it cannot smuggle in other words', async () => {
    const question = await h.answer(h.command('detect', [{ name: 'number', value: AMBIGUOUS }]));
    const modal = await openCarrierModal(question);
    const submit = h.submitModal(modal.data, { carrier: 'delete 4px 300403513351 confirm' }, shownMessage(h.fake.world, question));
    const followUp = await h.waitFor(submit, (r) => r.method === 'POST' && r.path.startsWith('/webhooks/'), 'the refusal');
    expect(followUp.body.embeds[0].description).toContain('Unknown carrier `delete 4px 300403513351 confirm`');
    expect(h.sandbox.calls.deleteTracking).toBe(0);
    expect(h.sandbox.tracking({ carrier: '4px', number: '300403513351' })).toBeDefined();
  });

  it('changes the carrier of a shown tracking to one the select does not list', async () => {
    const answer = await h.answer(h.command('show', [{ name: 'carrier', value: '4px' }, { name: 'number', value: '300403513351' }], ADMIN));
    const select = selectOf(answer);
    expect(select.options.map((o: any) => o.description)).not.toContain('china-ems');
    const modal = await openCarrierModal(answer);
    expect(modal.data.custom_id).toBe('p:carrier 4px 300403513351 {carrier}');
    const submit = h.submitModal(modal.data, { carrier: 'china-ems' }, shownMessage(h.fake.world, answer), ADMIN);
    const edit = await h.waitFor(submit, (r) => r.method === 'PATCH', 'the carrier change');
    expect(edit.body.embeds[0].description).toContain('300403513351 now uses carrier china-ems.');
    expect(h.sandbox.tracking({ carrier: 'china-ems', number: '300403513351' })).toBeDefined();
  });

  it('speaks Italian to an Italian user', async () => {
    const question = await h.answer(h.command('detect', [{ name: 'number', value: AMBIGUOUS }], { ...ADMIN, locale: 'it' }));
    const click = h.click(shownMessage(h.fake.world, question), { customId: buttonLabelled(question, 'Altro corriere…').custom_id }, { ...ADMIN, locale: 'it' });
    const modal = (await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the modal')).body.data;
    expect(modal.title).toBe('Un altro corriere');
    expect(modal.components[0].label).toBe('Codice del corriere');
  });
});
