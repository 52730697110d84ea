import { expect } from 'vitest';
import { mrkdwnOf } from './fake-slack/payloads';
import { BOT_TOKEN, SIGNING_SECRET, TM_KEY, type SlackHarness } from './harness';

/** After every test: nothing sent to Slack can ping, and no log line holds a secret. */
export function expectNoPingsNorSecrets(h: SlackHarness): void {
  const bodies = [
    ...h.responses.responses.items.map((r) => r.body),
    ...h.web.callsOf('chat.postMessage').map((call) => call.body),
  ];
  for (const body of bodies) {
    const shown = `${mrkdwnOf(body?.blocks ?? [])}\n${body?.text ?? ''}`;
    // A control sequence needs a raw "<" followed by !, @ or #: escaped text never has one.
    expect(shown).not.toMatch(/<[!@#]/);
    expect(body?.link_names).toBeUndefined();
  }
  const logs = h.logLines.join('\n');
  for (const secret of [BOT_TOKEN, SIGNING_SECRET, TM_KEY, '/secret']) expect(logs).not.toContain(secret);
}
