import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startSlack, type SlackAdapter } from '../../adapters/slack/adapter';
import type { SlackCore } from '../../adapters/slack/core-port';
import { createCore, type Core } from '../../src/core';
import { createHttpServer, type HttpServer } from '../../src/http';
import { createMetricsRegistry } from '../../src/http/metrics';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { openStore, type OpenedStore } from '../../src/subscriptions/open-store';
import { TrackingMoreClient } from '../../src/trackingmore';
import { blockActionsPayload, blockSuggestionPayload, slashCommandFields, type ShownMessage } from './fake-slack/payloads';
import { ResponseUrlServer, type Response } from './fake-slack/response-urls';
import { slackSignatureHeaders } from './fake-slack/signer';
import type { FakeSocketMode } from './fake-slack/socket-mode';
import { FakeSlackWebApi } from './fake-slack/web-api';

export const BOT_TOKEN = 'xoxb-000-fake-bot-token-NOT-A-SECRET';
export const SIGNING_SECRET = 'fake-signing-secret-0123456789abcdef';
export const TM_KEY = 'sandbox-key';

export const ALICE = 'U0ALICE';
export const BOB = 'U0BOB';
export const ADMIN = 'U0ADMIN';
export const ITALO = 'U0ITALO';

export interface PostResult {
  status: number;
  body: string;
}

export interface SlackHarness {
  sandbox: Sandbox;
  web: FakeSlackWebApi;
  responses: ResponseUrlServer;
  store: OpenedStore;
  core: Core;
  /** Every call the adapter made on the core, by method. */
  coreCalls: string[];
  adapter: SlackAdapter;
  logLines: string[];
  port: number;
  /** POSTs a raw body to /slack/events, signed unless headers are given. */
  post(rawBody: string, headers?: Record<string, string>): Promise<PostResult>;
  /** `/track text` by user; resolves with the HTTP answer and the response_url used. */
  command(text: string, user?: string): Promise<PostResult & { responseUrl: string }>;
  /** `/track text`, then the first response to its response_url. */
  reply(text: string, user?: string): Promise<Response>;
  /** Clicks a button (or picks value in a select) of a shown message. */
  click(shown: ShownMessage, element: any, user?: string, selectedValue?: string): Promise<PostResult & { responseUrl: string }>;
  /** An options request of an external_select. */
  suggest(actionId: string, query: string, user?: string): Promise<PostResult>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** In place of the real core (e.g. one that throws). */
  core?: (real: Core) => SlackCore;
  /** Socket Mode against this fake instead of HTTP mode. */
  socket?: FakeSocketMode;
}

export const APP_TOKEN = 'xapp-1-A0APP-fake-app-token-NOT-A-SECRET';

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const sandbox = await startSandbox({ logger: { warn: () => {} } });
  const web = await FakeSlackWebApi.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  web.socketUrl = options.socket?.url;
  web.users.set(ALICE, {});
  web.users.set(BOB, {});
  web.users.set(ADMIN, { is_admin: true });
  web.users.set(ITALO, { locale: 'it-IT' });
  const responses = await ResponseUrlServer.start();
  const store = await openStore('sqlite://:memory:');
  const tm = new TrackingMoreClient({ apiKey: TM_KEY, baseUrl: sandbox.url, retries: 0 });
  const core = createCore({ tm, subscriptions: store.subscriptions, kv: store.kv, config: { slackAdminUserIds: [], discordAdminRoleIds: [] } });
  const coreCalls: string[] = [];
  const base: SlackCore = options.core ? options.core(core) : core;
  const counted: SlackCore = {
    handleText: (text, actor) => {
      coreCalls.push('handleText');
      return base.handleText(text, actor);
    },
    completeCarriers: (query, limit) => {
      coreCalls.push('completeCarriers');
      return base.completeCarriers(query, limit);
    },
  };
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }));
  const http: HttpServer = createHttpServer({ port: 0, host: '127.0.0.1', logger, metrics: createMetricsRegistry(), health: () => ({ surfaces: ['slack'], store: 'sqlite' }) });
  let adapter: SlackAdapter | undefined;
  try {
    adapter = await startSlack({
      core: counted,
      config: options.socket
        ? { mode: 'socket', botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: web.apiUrl.replace(/\/$/, ''), adminUserIds: [] }
        : { mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: web.apiUrl.replace(/\/$/, ''), adminUserIds: [] },
      kv: store.kv,
      logger,
      http,
      clientOptions: { retryConfig: { retries: 0 } },
    });
  } catch (error) {
    await Promise.all([sandbox.close(), web.close(), responses.close(), store.close()]);
    throw error;
  }
  const { port } = await http.listen();
  const post = async (rawBody: string, headers?: Record<string, string>): Promise<PostResult> => {
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(headers ?? slackSignatureHeaders(SIGNING_SECRET, rawBody)) },
      body: rawBody,
    });
    return { status: response.status, body: await response.text() };
  };
  const command: SlackHarness['command'] = async (text, user = ALICE) => {
    const responseUrl = responses.newUrl('commands');
    return { ...(await post(formBody(slashCommandFields(text, user, responseUrl)))), responseUrl };
  };
  const started = adapter;
  return {
    sandbox,
    web,
    responses,
    store,
    core,
    coreCalls,
    adapter: started,
    logLines,
    port,
    post,
    command,
    async reply(text, user) {
      const sent = await command(text, user);
      return responses.next(sent.responseUrl);
    },
    async click(shown, element, user = ALICE, selectedValue) {
      const responseUrl = responses.newUrl('actions');
      const payload = blockActionsPayload(shown, element, user, responseUrl, selectedValue);
      return { ...(await post(formBody({ payload: JSON.stringify(payload) }))), responseUrl };
    },
    suggest: (actionId, query, user = ALICE) => post(formBody({ payload: JSON.stringify(blockSuggestionPayload(actionId, query, user)) })),
    async close() {
      await started.stop();
      await http.close();
      await Promise.all([sandbox.close(), web.close(), responses.close()]);
      await store.close();
    },
  };
}
