import { Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app/start';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { slashCommandFields, textOf } from './fake-slack/payloads';
import { ResponseUrlServer } from './fake-slack/response-urls';
import { slackSignatureHeaders } from './fake-slack/signer';
import { FakeSlackWebApi } from './fake-slack/web-api';
import { ALICE, BOT_TOKEN, formBody, SIGNING_SECRET } from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('startApp with Slack credentials serves POST /slack/events on the one port, and /healthz lists slack', async () => {
  const web = await FakeSlackWebApi.start({ botToken: BOT_TOKEN });
  cleanups.push(() => web.close());
  web.users.set(ALICE, {});
  const responses = await ResponseUrlServer.start();
  cleanups.push(() => responses.close());

  const parsed = parseConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: web.apiUrl,
    PORT: '0',
    STORE_URL: 'sqlite://:memory:',
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }) });
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  const app: RunningApp = await startApp(parsed.config, logger, io);
  cleanups.push(() => app.stop());

  const listening = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'HTTP server listening');
  const base = `http://127.0.0.1:${listening.port}`;

  const health = await (await fetch(`${base}/healthz`)).json();
  expect(health).toMatchObject({ ok: true, surfaces: ['slack'] });

  const responseUrl = responses.newUrl('commands');
  const raw = formBody(slashCommandFields('4px 300403513351', ALICE, responseUrl));
  const answer = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignatureHeaders(SIGNING_SECRET, raw) },
    body: raw,
  });
  expect(answer.status).toBe(200);
  const { body } = await responses.next(responseUrl);
  expect(textOf(body.blocks)).toContain('cute pillow');
  expect(web.callsOf('auth.test')).toHaveLength(1);
  expect(lines.join('\n')).not.toContain(BOT_TOKEN);
  expect(lines.join('\n')).not.toContain(SIGNING_SECRET);
});
