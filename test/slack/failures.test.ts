import { afterEach, expect, it } from 'vitest';
import { buttonLabelled, slashCommandFields, textOf } from './fake-slack/payloads';
import { expectNoPingsNorSecrets } from './checks';
import { ALICE, formBody, startSlackHarness, type SlackHarness } from './harness';

let h: SlackHarness | undefined;
afterEach(async () => {
  if (!h) return;
  try {
    expectNoPingsNorSecrets(h);
  } finally {
    await h.close();
    h = undefined;
  }
});

it('a core that throws (it never should: it turns failures into views) is logged without secrets, and nothing leaks to the user', async () => {
  h = await startSlackHarness({
    core: (real) => ({
      handleText: async () => {
        throw new Error('boom at xoxb-000-fake-bot-token-NOT-A-SECRET');
      },
      completeCarriers: (query, limit) => real.completeCarriers(query, limit),
    }),
  });
  const sent = await h.command('list');
  expect(sent.status).toBe(200);
  const harness = h;
  await eventually(() => harness.logLines.some((line) => line.includes('slack: listener failed')));
  const logged = h.logLines.find((line) => line.includes('slack: listener failed'));
  expect(logged).toContain('boom at xox…');
  expect(JSON.stringify(h.responses.responses.items)).not.toMatch(/boom/);
});

it('logs a failed respond (expired response_url) and keeps serving', async () => {
  h = await startSlackHarness();
  const responseUrl = h.responses.newUrl('commands');
  h.responses.failing.set(h.responses.pathOf(responseUrl), 404);
  const sent = await h.post(formBody(slashCommandFields('help', ALICE, responseUrl)));
  expect(sent.status).toBe(200);
  await h.responses.next(responseUrl);
  const harness = h;
  await eventually(() => harness.logLines.some((line) => line.includes('slack: could not send the reply')));
  const logged = h.logLines.find((line) => line.includes('could not send the reply')) ?? '';
  expect(logged).toContain('404');
  expect(logged).not.toContain('/commands/');

  const next = await h.reply('4px 300403513351');
  expect(buttonLabelled(next.body.blocks, 'Refresh')).toBeDefined();
});

it('answers an expired hashed button with a private note instead of running anything', async () => {
  h = await startSlackHarness();
  const { body } = await h.reply('4px 300403513351');
  const stale = { ...buttonLabelled(body.blocks, 'Refresh'), value: 'h:doesnotexist' };
  const click = await h.click({ blocks: [{ type: 'actions', elements: [stale] }], ephemeral: true }, stale);
  const answer = (await h.responses.next(click.responseUrl)).body;
  expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  expect(textOf(answer.blocks)).toBe('This button has expired. Run the command again.');
});

/** Polls a condition that becomes true after work the test cannot await. */
async function eventually(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
