import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonLabelled, CHANNEL_ID, elementOfType, elementsOf, slashCommandFields, textOf, type ShownMessage } from './fake-slack/payloads';
import { slackSignatureHeaders } from './fake-slack/signer';
import { TEAM_ID } from './fake-slack/web-api';
import { expectNoPingsNorSecrets } from './checks';
import { ADMIN, ALICE, BOB, formBody, ITALO, SIGNING_SECRET, startSlackHarness, type SlackHarness } from './harness';

const PILLOW = '4px 300403513351';
const PILLOW_REF = { carrier: '4px', number: '300403513351' };

let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness();
});
afterEach(async () => {
  try {
    expectNoPingsNorSecrets(h);
  } finally {
    await h.close();
  }
});

const ephemeral = (body: any): ShownMessage => ({ blocks: body.blocks, ephemeral: true });

describe('/track over HTTP, through Bolt', () => {
  it('acks at once and answers privately with header, fields, timeline and buttons', async () => {
    const sent = await h.command(PILLOW);
    expect(sent.status).toBe(200);
    const { body } = await h.responses.next(sent.responseUrl);
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining('cute pillow') });
    expect(body.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '🚚 cute pillow · In transit', emoji: true } });
    expect(body.blocks[1].fields).toContainEqual({ type: 'mrkdwn', text: '*Number*\n300403513351' });
    const events = body.blocks.filter((b: any) => b.type === 'context' && /^\*\d{4}-\d\d-\d\d /.test(b.elements[0].text));
    expect(events.length).toBeGreaterThan(1);
    // Newest first.
    const times = events.map((b: any) => b.elements[0].text.slice(1, 20));
    expect([...times].sort().reverse()).toEqual(times);
    expect(buttonLabelled(body.blocks, 'Refresh').value).toBe('t:refresh 4px 300403513351');
    expect(buttonLabelled(body.blocks, 'Share in channel').value).toMatch(/^v:/);
    expect(buttonLabelled(body.blocks, 'Delete').confirm).toMatchObject({ title: { text: 'Delete this tracking?' }, style: 'danger' });
    expect(elementOfType(body.blocks, 'external_select')).toMatchObject({ min_query_length: 1 });
    // The users.info look-up that gave the actor its facts.
    expect(h.web.callsOf('users.info')[0]?.body).toMatchObject({ user: ALICE });
  });

  it('answers in Italian for a user whose Slack locale is Italian', async () => {
    const { body } = await h.reply(PILLOW, ITALO);
    expect(body.blocks[0].text.text).toContain('In transito');
    expect(buttonLabelled(body.blocks, 'Condividi nel canale')).toBeDefined();
  });

  it('offers the candidate carriers of a number with several, and shows the one picked', async () => {
    const { body } = await h.reply('RN123456789CN');
    const select = elementOfType(body.blocks, 'static_select');
    const values = select.options.map((o: any) => o.value);
    expect(values.length).toBeGreaterThan(1);
    const choice = select.options.find((o: any) => o.value.startsWith('t:china-post '));
    expect(choice).toBeDefined();
    const click = await h.click(ephemeral(body), select, ALICE, choice.value);
    expect(click.status).toBe(200);
    const shown = (await h.responses.next(click.responseUrl)).body;
    expect(shown).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(textOf(shown.blocks)).toContain('RN123456789CN');
  });

  it('pages the list: the Next page button round-trips and replaces the message', async () => {
    for (let i = 0; i < 12; i += 1) h.sandbox.addTracking({ carrier: 'dhl', number: `20000000${String(i).padStart(2, '0')}`, title: `box ${i}` });
    const { body } = await h.reply('list');
    expect(textOf(body.blocks)).toMatch(/Page 1 of 2/);
    const next = buttonLabelled(body.blocks, 'Next page');
    expect(next.value).toBe('t:list 2');
    const click = await h.click(ephemeral(body), next);
    const page2 = (await h.responses.next(click.responseUrl)).body;
    expect(page2).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(textOf(page2.blocks)).toMatch(/Page 2 of 2/);
    expect(elementsOf(page2.blocks).map((e) => e.text?.text)).not.toContain('Next page');
  });

  it('changes the carrier through the static select and re-renders with the new one', async () => {
    const { body } = await h.reply(PILLOW, ADMIN);
    const select = elementOfType(body.blocks, 'static_select');
    const click = await h.click(ephemeral(body), select, ADMIN, 't:carrier 4px 300403513351 dhl');
    const changed = (await h.responses.next(click.responseUrl)).body;
    expect(changed).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(textOf(changed.blocks)).toContain('300403513351 now uses carrier dhl.');
    expect(h.sandbox.tracking({ carrier: 'dhl', number: '300403513351' })).toBeDefined();
  });

  it('searches all carriers for the external select and changes to the one chosen', async () => {
    const { body } = await h.reply(PILLOW, ADMIN);
    const search = elementOfType(body.blocks, 'external_select');
    const options = await h.suggest(search.action_id, 'poste', ADMIN);
    expect(options.status).toBe(200);
    const answer = JSON.parse(options.body);
    expect(answer.options).toContainEqual({ text: { type: 'plain_text', text: 'Poste Italiane (poste-italiane)' }, value: 'poste-italiane' });
    expect(answer.options.length).toBeLessThanOrEqual(100);
    for (const option of answer.options) expect(option.text.text.length).toBeLessThanOrEqual(75);

    const click = await h.click(ephemeral(body), search, ADMIN, 'poste-italiane');
    const changed = (await h.responses.next(click.responseUrl)).body;
    expect(changed.replace_original).toBe(true);
    expect(textOf(changed.blocks)).toContain('300403513351 now uses carrier poste-italiane.');
    expect(h.sandbox.tracking({ carrier: 'poste-italiane', number: '300403513351' })).toBeDefined();
  });

  it('puts the chosen carrier in the template as one token, whatever it holds', async () => {
    const { body } = await h.reply(PILLOW, ADMIN);
    const search = elementOfType(body.blocks, 'external_select');
    const click = await h.click(ephemeral(body), search, ADMIN, 'dhl 12345 confirm');
    const answer = (await h.responses.next(click.responseUrl)).body;
    // One unknown carrier code, not a carrier plus extra words.
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(answer.blocks)).toContain('Unknown carrier `dhl 12345 confirm`.');
    expect(h.sandbox.tracking(PILLOW_REF)).toBeDefined();
  });

  it('deletes through the confirmed Delete button and replaces the message', async () => {
    const { body } = await h.reply(PILLOW, ADMIN);
    const remove = buttonLabelled(body.blocks, 'Delete');
    expect(remove.confirm).toMatchObject({ confirm: { text: 'Delete' }, deny: { type: 'plain_text' } });
    // Slack sends the click only once the user confirmed in its dialog.
    const click = await h.click(ephemeral(body), remove, ADMIN);
    const done = (await h.responses.next(click.responseUrl)).body;
    expect(done).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(textOf(done.blocks)).toContain('Deleted 4px 300403513351.');
    expect(h.sandbox.tracking(PILLOW_REF)).toBeUndefined();
  });

  it('shares the view in the channel, without the Share button', async () => {
    const { body } = await h.reply(PILLOW);
    const click = await h.click(ephemeral(body), buttonLabelled(body.blocks, 'Share in channel'));
    const shared = (await h.responses.next(click.responseUrl)).body;
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(shared.blocks[0]).toEqual(body.blocks[0]);
    const labels = elementsOf(shared.blocks).map((e) => e.text?.text);
    expect(labels).toContain('Refresh');
    expect(labels).not.toContain('Share in channel');
  });

  it('a click in a shared (public) message answers the clicker alone and leaves the shared message', async () => {
    const { body } = await h.reply(PILLOW);
    const click = await h.click({ blocks: body.blocks, ephemeral: false }, buttonLabelled(body.blocks, 'Refresh'), BOB);
    const refreshed = (await h.responses.next(click.responseUrl)).body;
    expect(refreshed).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(refreshed.blocks)).toContain('cute pillow');
    // Private, so the clicker may share it in turn.
    expect(elementsOf(refreshed.blocks).map((e) => e.text?.text)).toContain('Share in channel');
    expect(h.responses.to(click.responseUrl)).toHaveLength(1);
  });

  it('watches the tracking in this channel for who clicks Watch', async () => {
    const { body } = await h.reply(PILLOW, ALICE);
    const click = await h.click(ephemeral(body), buttonLabelled(body.blocks, 'Watch here'), ALICE);
    const answer = (await h.responses.next(click.responseUrl)).body;
    expect(textOf(answer.blocks)).toContain('This channel now gets updates for 4px 300403513351');
    const subs = await h.store.subscriptions.listByChannel({ platform: 'slack', workspaceId: TEAM_ID, channelId: CHANNEL_ID });
    expect(subs).toMatchObject([{ carrier: '4px', number: '300403513351', addedBy: ALICE }]);
  });

  it('politely refuses a Delete to a non-admin who did not add the tracking; the tracking stays', async () => {
    await h.reply(`watch ${PILLOW}`, ALICE); // Alice now owns it here.
    const { body } = await h.reply(PILLOW, BOB);
    h.sandbox.resetCalls();
    const click = await h.click(ephemeral(body), buttonLabelled(body.blocks, 'Delete'), BOB);
    const refusal = (await h.responses.next(click.responseUrl)).body;
    expect(refusal).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(refusal.blocks)).toContain('Sorry, only the person who added 4px 300403513351 here, or a workspace admin');
    expect(elementsOf(refusal.blocks)).toEqual([]);
    expect(h.sandbox.calls.deleteTracking).toBe(0);
    expect(h.sandbox.tracking(PILLOW_REF)).toBeDefined();
  });

  it('lets a workspace admin (users.info is_admin) delete what someone else added', async () => {
    await h.reply(`watch ${PILLOW}`, ALICE);
    const done = await h.reply(`delete ${PILLOW} confirm`, ADMIN);
    expect(textOf(done.body.blocks)).toContain('Deleted 4px 300403513351.');
  });

  it('treats a user whose users.info fails as not an admin, and looks users up once per few minutes', async () => {
    h.web.users.set(BOB, { is_admin: true });
    h.web.userErrors.set(BOB, 'ratelimited');
    await h.reply(`watch ${PILLOW}`, ALICE);
    const refused = await h.reply(`delete ${PILLOW} confirm`, BOB);
    expect(textOf(refused.body.blocks)).toContain('Sorry');
    expect(h.sandbox.tracking(PILLOW_REF)).toBeDefined();
    expect(h.web.callsOf('users.info').filter((c) => c.body.user === ALICE)).toHaveLength(1);
    await h.reply('help', ALICE);
    expect(h.web.callsOf('users.info').filter((c) => c.body.user === ALICE)).toHaveLength(1);
  });

  it('answers a bad command with what to type, and no Share button', async () => {
    const unknown = await h.reply('frobnicate');
    expect(unknown.body.response_type).toBe('ephemeral');
    expect(textOf(unknown.body.blocks)).toMatch(/frobnicate/);
    expect(textOf(unknown.body.blocks)).toMatch(/help/);
    const invalid = await h.reply('transit dhl xyz us');
    expect(textOf(invalid.body.blocks)).toContain('xyz');
    expect(textOf(invalid.body.blocks)).toContain('transit <carrier> &lt;from&gt;'.replace('<carrier>', '&lt;carrier&gt;'));
    expect(elementsOf(invalid.body.blocks)).toEqual([]);
    expect(h.sandbox.calls.getCostTime).toBe(0);
  });

  it('says clearly when TrackingMore fails, and the next request works', async () => {
    h.sandbox.injectFault({ kind: 'server-error', status: 503 });
    const failed = await h.reply(PILLOW);
    expect(textOf(failed.body.blocks)).toBe('TrackingMore is having trouble right now. Please try again in a few minutes.');
    const works = await h.reply(PILLOW);
    expect(works.body.blocks[0].text.text).toContain('cute pillow');
  });

  it('escapes carrier and user text so nothing can ping or link', async () => {
    h.sandbox.addTracking({
      carrier: 'dhl',
      number: '7700000001',
      title: '<@U123> & <http://evil|x>',
      events: [{ at: Date.now() - 60_000, description: '<!channel> hi @everyone', location: '<!here>' }],
    });
    const { body } = await h.reply('dhl 7700000001');
    const shown = textOf(body.blocks);
    expect(shown).toContain('&lt;!channel&gt; hi @everyone — &lt;!here&gt;');
    expect(body.blocks[0].text).toMatchObject({ type: 'plain_text', text: expect.stringContaining('<@U123> & <http://evil|x>') });
    expect(body.text).toContain('&lt;@U123&gt; &amp; &lt;http://evil|x&gt;');
  });
});

describe('requests that are not from Slack', () => {
  it('refuses a bad signature with 401: no core call, nothing sent to the response_url', async () => {
    const sent = await h.post('command=%2Ftrack&text=list&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fx', {
      'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-slack-signature': `v0=${'0'.repeat(64)}`,
    });
    expect(sent.status).toBe(401);
    expect(h.coreCalls).toEqual([]);
    expect(h.responses.responses.items).toEqual([]);
  });

  it('refuses a correctly signed request whose timestamp is more than 5 minutes old', async () => {
    const responseUrl = h.responses.newUrl('commands');
    const raw = formBody(slashCommandFields('list', ALICE, responseUrl));
    const sent = await h.post(raw, slackSignatureHeaders(SIGNING_SECRET, raw, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(sent.status).toBe(401);
    expect(h.coreCalls).toEqual([]);
    expect(h.responses.to(responseUrl)).toEqual([]);
  });
});
