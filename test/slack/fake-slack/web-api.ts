import { createServer, type Server } from 'node:http';
import { closeServer, listenLocal, readBody, sendJson } from './http-util';
import { Recorder } from './recorder';

export interface WebApiCall {
  method: string;
  /** Form fields (JSON-looking values parsed) or the JSON body. */
  body: Record<string, any>;
  authorization: string | undefined;
  contentType: string | undefined;
}

export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  locale?: string;
}

export const TEAM_ID = 'T0TEAM';
export const BOT_USER_ID = 'U0BOT';
export const BOT_ID = 'B0BOT';

/**
 * A fake Slack Web API: `POST /api/{method}` with a Bearer token, answering
 * `{ ok: true, … }` or `{ ok: false, error }` with HTTP 200 as Slack does.
 */
export class FakeSlackWebApi {
  readonly calls = new Recorder<WebApiCall>('fake Slack Web API', (call) => call.method);
  readonly users = new Map<string, FakeUser>();
  /** chat.postMessage answers { ok: false, error } for these channels. */
  readonly channelErrors = new Map<string, string>();
  /** chat.postMessage answers with this HTTP status (e.g. 503) for these channels. */
  readonly channelHttpStatus = new Map<string, number>();
  /** users.info answers { ok: false, error } for these users. */
  readonly userErrors = new Map<string, string>();
  /** What apps.connections.open hands out (Socket Mode). */
  socketUrl: string | undefined;
  private postedCount = 0;

  private constructor(
    private readonly server: Server,
    readonly apiUrl: string,
    readonly botToken: string,
    readonly appToken: string | undefined,
  ) {}

  static async start(options: { botToken: string; appToken?: string }): Promise<FakeSlackWebApi> {
    let fake: FakeSlackWebApi | undefined;
    const server = createServer((req, res) => {
      void fake?.handle(req.url ?? '/', req.headers, readBody(req)).then(([status, body]) => sendJson(res, status, body));
    });
    const port = await listenLocal(server);
    fake = new FakeSlackWebApi(server, `http://127.0.0.1:${port}/api/`, options.botToken, options.appToken);
    return fake;
  }

  close(): Promise<void> {
    return closeServer(this.server);
  }

  callsOf(method: string): WebApiCall[] {
    return this.calls.items.filter((call) => call.method === method);
  }

  private async handle(url: string, headers: Record<string, string | string[] | undefined>, rawBody: Promise<string>): Promise<[number, unknown]> {
    const method = url.replace(/^\/api\//, '').split('?')[0] ?? '';
    const contentType = typeof headers['content-type'] === 'string' ? headers['content-type'] : undefined;
    const body = parseBody(await rawBody, contentType);
    const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
    this.calls.record({ method, body, authorization, contentType });
    const token = authorization?.replace(/^Bearer /, '') ?? body.token;
    if (method === 'apps.connections.open') {
      if (token !== this.appToken) return [200, { ok: false, error: 'invalid_auth' }];
      return [200, this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'socket_mode_not_enabled' }];
    }
    if (token !== this.botToken) return [200, { ok: false, error: 'invalid_auth' }];
    switch (method) {
      case 'auth.test':
        return [200, { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'trackbot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID }];
      case 'users.info':
        return [200, this.usersInfo(String(body.user))];
      case 'chat.postMessage': {
        const status = this.channelHttpStatus.get(String(body.channel));
        return status ? [status, { ok: false, error: 'fatal_error' }] : [200, this.postMessage(String(body.channel))];
      }
      default:
        return [200, { ok: false, error: 'unknown_method' }];
    }
  }

  private usersInfo(userId: string): unknown {
    const error = this.userErrors.get(userId);
    if (error) return { ok: false, error };
    const user = this.users.get(userId);
    if (!user) return { ok: false, error: 'user_not_found' };
    return {
      ok: true,
      user: { id: userId, team_id: TEAM_ID, name: userId.toLowerCase(), is_admin: false, is_owner: false, is_primary_owner: false, is_bot: false, ...user },
    };
  }

  private postMessage(channel: string): unknown {
    const error = this.channelErrors.get(channel);
    if (error) return { ok: false, error };
    this.postedCount += 1;
    return { ok: true, channel, ts: `1700000000.${String(this.postedCount).padStart(6, '0')}` };
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  const fields: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return fields;
}
