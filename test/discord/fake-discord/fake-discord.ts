import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { modalProblems } from './modal-rules';
import { RequestRecorder, type RecordedRequest } from './recorder';
import { apiGuild, apiMessage, apiUser, createWorld, type FakeWorld } from './world';

const API_PREFIX = '/api/v10';

export interface ChannelFailure {
  status: number;
  code: number;
  message: string;
}

/**
 * A local Discord: REST under /api/v10 and a JSON gateway at /gateway that
 * says HELLO, acks heartbeats, answers IDENTIFY with READY + GUILD_CREATE and
 * dispatches whatever interactions a test sends.
 */
export class FakeDiscord {
  readonly world: FakeWorld = createWorld();
  readonly recorder = new RequestRecorder();
  /** POST /channels/{id}/messages answers these with an error. */
  readonly channelFailures = new Map<string, ChannelFailure>();
  private readonly sockets = new Set<WebSocket>();
  private readonly messagesByNonce = new Map<string, unknown>();
  private readonly http: Server;
  private readonly gateway: WebSocketServer;
  private sequence = 0;

  private constructor(readonly token: string) {
    this.http = createServer((request, response) => void this.serveRest(request, response));
    this.gateway = new WebSocketServer({ server: this.http, path: '/gateway' });
    this.gateway.on('connection', (socket) => this.greet(socket));
  }

  static async start(token: string): Promise<FakeDiscord> {
    const fake = new FakeDiscord(token);
    await new Promise<void>((resolve) => fake.http.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get origin(): string {
    return `127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  /** What discord.js takes as `rest.api` (and DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://${this.origin}/api`;
  }

  get requests(): RecordedRequest[] {
    return this.recorder.requests;
  }

  /** Sends INTERACTION_CREATE to every connected client. */
  dispatch(event: string, data: unknown): void {
    for (const socket of this.sockets) this.send(socket, { op: 0, t: event, s: ++this.sequence, d: data });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private greet(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (raw) => this.onGatewayMessage(socket, JSON.parse(String(raw))));
    this.send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private onGatewayMessage(socket: WebSocket, payload: { op: number; d: any }): void {
    if (payload.op === 1) this.send(socket, { op: 11 });
    if (payload.op !== 2) return;
    if (payload.d?.token !== this.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const { world } = this;
    this.send(socket, {
      op: 0,
      t: 'READY',
      s: ++this.sequence,
      d: {
        v: 10,
        user: apiUser(world.botUserId, 'trackbot', true),
        guilds: [{ id: world.guildId, unavailable: true }],
        session_id: 'fake-session',
        resume_gateway_url: `ws://${this.origin}/gateway`,
        shard: [0, 1],
        application: { id: world.applicationId, flags: 0 },
      },
    });
    this.send(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.sequence, d: apiGuild(world) });
  }

  private send(socket: WebSocket, payload: unknown): void {
    socket.send(JSON.stringify(payload));
  }

  private async serveRest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${this.origin}`);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    const recorded: RecordedRequest = { method: request.method ?? 'GET', path, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    this.recorder.record(recorded);
    const [status, body] = this.answer(recorded);
    response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  }

  private answer({ method, path, query, body }: RecordedRequest): [number, unknown] {
    const { world } = this;
    if (method === 'GET' && path === '/gateway/bot') {
      const limit = { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 };
      return [200, { url: `ws://${this.origin}/gateway`, shards: 1, session_start_limit: limit }];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      const problems = body?.type === 9 ? modalProblems(body.data) : [];
      if (problems.length > 0) return [400, { code: 50035, message: 'Invalid Form Body', errors: { data: { _errors: problems.map((message) => ({ code: 'BASE_TYPE_BAD', message })) } } }];
      return query.get('with_response') === 'true' ? [200, { interaction: { id: path.split('/')[2], type: body.type } }] : [204, undefined];
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
      if (method === 'DELETE') return [204, undefined];
      return [200, apiMessage(world, world.nextId(), body)];
    }
    const channelPost = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelPost) return this.postChannelMessage(channelPost[1] ?? '', body);
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (body as any[]).map((command) => ({ ...command, id: world.nextId(), application_id: world.applicationId, version: world.nextId() }))];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /** With enforce_nonce, a second post with the same nonce returns the first message (as Discord does). */
  private postChannelMessage(channelId: string, body: any): [number, unknown] {
    const failure = this.channelFailures.get(channelId);
    if (failure) return [failure.status, { message: failure.message, code: failure.code }];
    const earlier = body?.enforce_nonce ? this.messagesByNonce.get(String(body.nonce)) : undefined;
    if (earlier) return [200, earlier];
    const message = { ...apiMessage(this.world, this.world.nextId(), body), channel_id: channelId };
    if (body?.nonce !== undefined) this.messagesByNonce.set(String(body.nonce), message);
    return [200, message];
  }
}
