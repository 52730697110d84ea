import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ALICE,
  BOB,
  buttonLabelled,
  buttonsOf,
  EPHEMERAL,
  expectNoPingsNorSecrets,
  MANAGE_GUILD,
  messageData,
  shownMessage,
  startDiscordHarness,
  type DiscordHarness,
} from './harness';

const PILLOW = [
  { name: 'carrier', value: '4px' },
  { name: 'number', value: '300403513351' },
];
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

const buttons = buttonsOf;
/** The message as the click payload carries it (what the user sees). */
function shown(data: any, flags = EPHEMERAL) {
  return shownMessage(h.fake.world, data, flags);
}

describe('/track show', () => {
  it('defers ephemerally, then edits @original with the tracking embed and its actions', async () => {
    const interaction = h.command('show', PILLOW);
    const deferred = await h.waitFor(interaction, (r) => r.path.endsWith('/callback'), 'the callback');
    expect(deferred.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await h.waitFor(interaction, (r) => r.method === 'PATCH', 'the edit');
    expect(edit.path).toBe(`/webhooks/${h.fake.world.applicationId}/${interaction.token}/messages/@original`);
    const [embed] = edit.body.embeds;
    expect(embed).toMatchObject({ title: 'cute pillow', color: 0x3498db, author: { name: expect.stringContaining('In transit') } });
    expect(embed.description).toMatch(/\*\*\d{4}-\d\d-\d\d .*\*\* /);
    expect(buttonLabelled(edit.body, 'Refresh').custom_id).toBe('t:refresh 4px 300403513351');
    expect(buttonLabelled(edit.body, 'Share').custom_id).toBe('s:');
    expect(buttonLabelled(edit.body, 'Delete').custom_id).toMatch(/^c:/);
  });

  it('answers in Italian when the user locale is Italian', async () => {
    const answer = await h.answer(h.command('show', PILLOW, { ...ALICE, locale: 'it' }));
    expect(answer.embeds[0].author.name).toContain('In transito');
    expect(buttonLabelled(answer, 'Condividi').custom_id).toBe('s:');
  });

  it('rejects a bad option with a clear, private error and no Share button', async () => {
    const answer = await h.answer(h.command('transit', [{ name: 'carrier', value: 'dhl' }, { name: 'from', value: 'xyz' }, { name: 'to', value: 'us' }]));
    expect(answer.embeds[0].description).toContain('xyz');
    expect(answer.embeds[0].color).toBe(0xe74c3c);
    expect(answer.components).toEqual([]);
    expect(h.sandbox.calls.getCostTime).toBe(0);
  });

  it('Share posts the ephemeral message publicly, without the Share button', async () => {
    const answer = await h.answer(h.command('show', PILLOW));
    const click = h.click(shown(answer), { customId: 's:' });
    const callback = await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the share callback');
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags ?? 0).toBe(0);
    expect(callback.body.data.embeds[0].title).toBe('cute pillow');
    expect(buttons(callback.body.data).map((b) => b.label)).not.toContain('Share');
    expect(buttons(callback.body.data).map((b) => b.label)).toContain('Refresh');
  });
});

describe('autocomplete', () => {
  it('suggests carriers by code and name for carrier options', async () => {
    const interaction = h.command('show', [{ name: 'carrier', value: 'poste', focused: true }, { name: 'number', value: '' }]);
    const callback = await h.waitFor(interaction, (r) => r.path.endsWith('/callback'), 'the autocomplete answer');
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices).toContainEqual({ name: 'Poste Italiane (poste-italiane)', value: 'poste-italiane' });
    expect(callback.body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('offers nothing for options that are not carriers', async () => {
    const interaction = h.command('show', [{ name: 'carrier', value: '4px' }, { name: 'number', value: '3004', focused: true }]);
    const callback = await h.waitFor(interaction, (r) => r.path.endsWith('/callback'), 'the autocomplete answer');
    expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('buttons and selects', () => {
  it('pages the list with the Next page button, updating the same message', async () => {
    for (let i = 0; i < 8; i += 1) h.sandbox.addTracking({ carrier: 'dhl', number: `20000000${i}0`, title: `box ${i}` });
    const first = await h.answer(h.command('list', []));
    expect(first.embeds[0].footer.text).toContain('1');
    const next = buttonLabelled(first, 'Next page');
    expect(next.custom_id).toBe('t:list 2');
    const click = h.click(shown(first), { customId: next.custom_id });
    const callback = await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the deferred update');
    expect(callback.body.type).toBe(6);
    const edit = await h.waitFor(click, (r) => r.method === 'PATCH', 'the page 2 edit');
    expect(edit.path).toContain('/messages/@original');
    expect(edit.body.embeds[0].footer.text).toMatch(/2/);
    expect(buttons(edit.body).map((b) => b.label)).not.toContain('Next page');
  });

  it('changes the carrier through the select', async () => {
    const answer = await h.answer(h.command('show', PILLOW, ADMIN));
    const select = answer.components.flatMap((row: any) => row.components).find((c: any) => c.type === 3);
    const dhl = select.options.find((o: any) => o.value === 't:carrier 4px 300403513351 dhl');
    const click = h.click(shown(answer), { customId: select.custom_id, values: [dhl.value] }, ADMIN);
    const edit = await h.waitFor(click, (r) => r.method === 'PATCH', 'the carrier change');
    expect(edit.body.embeds[0].description).toContain('300403513351 now uses carrier dhl.');
    expect(h.sandbox.tracking({ carrier: 'dhl', number: '300403513351' })).toBeDefined();
  });

  it('deletes only after the confirmation button', async () => {
    const answer = await h.answer(h.command('show', PILLOW, ADMIN));
    const ask = h.click(shown(answer), { customId: buttonLabelled(answer, 'Delete').custom_id }, ADMIN);
    const question = await h.waitFor(ask, (r) => r.path.endsWith('/callback'), 'the confirmation');
    expect(question.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, embeds: [{ title: 'Delete this tracking?' }] } });
    expect(h.sandbox.calls.deleteTracking).toBe(0);
    const confirm = buttonLabelled(question.body.data, 'Delete');
    expect(confirm).toMatchObject({ style: 4, custom_id: 't:delete 4px 300403513351 confirm' });
    expect(buttonLabelled(question.body.data, 'Keep it').custom_id).toBe('x:');

    const done = h.click(shown(question.body.data), { customId: confirm.custom_id }, ADMIN);
    const edit = await h.waitFor(done, (r) => r.method === 'PATCH', 'the deletion result');
    expect(edit.body.embeds[0].description).toBe('Deleted 4px 300403513351.');
    expect(h.sandbox.tracking({ carrier: '4px', number: '300403513351' })).toBeUndefined();
  });

  it('keeps the tracking when the confirmation is declined', async () => {
    const answer = await h.answer(h.command('show', PILLOW, ADMIN));
    const ask = h.click(shown(answer), { customId: buttonLabelled(answer, 'Delete').custom_id }, ADMIN);
    const question = messageData(await h.waitFor(ask, (r) => r.path.endsWith('/callback'), 'the confirmation'));
    const keep = h.click(shown(question), { customId: 'x:' }, ADMIN);
    const update = await h.waitFor(keep, (r) => r.path.endsWith('/callback'), 'the dismissal');
    expect(update.body).toMatchObject({ type: 7, data: { components: [] } });
    expect(h.sandbox.calls.deleteTracking).toBe(0);
  });

  it('sends a refusal to the clicker alone and leaves the clicked message as it was', async () => {
    await h.answer(h.command('watch', PILLOW, ALICE)); // Alice now owns it.
    const answer = await h.answer(h.command('show', PILLOW, BOB));
    const ask = h.click(shown(answer, 0), { customId: 'h:unknown' }, BOB);
    const expired = await h.waitFor(ask, (r) => r.path.endsWith('/callback'), 'the expired answer');
    expect(expired.body.data.flags).toBe(EPHEMERAL);

    // On a public message: an ephemeral deferral, then the refusal written into it.
    const click = h.click(shown(answer, 0), { customId: 't:delete 4px 300403513351 confirm' }, BOB);
    const deferral = await h.waitFor(click, (r) => r.path.endsWith('/callback'), 'the deferral');
    expect(deferral.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const refusal = await h.waitFor(click, (r) => r.method === 'PATCH', 'the refusal');
    expect(refusal.path).toContain('/messages/@original');
    expect(refusal.body.embeds[0].description).toContain('Sorry');
    expect(h.fake.requests.some((r) => r.path.startsWith('/channels/') && r.method === 'PATCH')).toBe(false);
    expect(h.sandbox.calls.deleteTracking).toBe(0);
  });
});

describe('permissions and watching', () => {
  it('watches the tracking in this channel for the member who asks', async () => {
    const answer = await h.answer(h.command('watch', PILLOW, ALICE));
    expect(answer.embeds[0].description).toContain('This channel now gets updates for 4px 300403513351');
    expect(h.subscriptions.all).toMatchObject([
      { platform: 'discord', workspaceId: h.fake.world.guildId, channelId: h.fake.world.channelId, carrier: '4px', number: '300403513351', addedBy: ALICE.userId },
    ]);
  });

  it('refuses a delete to a member who neither added the tracking nor manages the server', async () => {
    await h.answer(h.command('watch', PILLOW, ALICE));
    const refusal = await h.answer(h.command('delete', [...PILLOW, { name: 'confirm', value: 'confirm' }], BOB));
    expect(refusal.embeds[0].description).toContain('Sorry');
    expect(h.sandbox.calls.deleteTracking).toBe(0);

    const withRole = { ...BOB, roles: [h.fake.world.adminRoleId] };
    const done = await h.answer(h.command('delete', [...PILLOW, { name: 'confirm', value: 'confirm' }], withRole));
    expect(done.embeds[0].description).toBe('Deleted 4px 300403513351.');
  });
});
