import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeServer, listenLocal } from './http-util';
import { APP_ID } from './payloads';
import { Recorder } from './recorder';

export interface SocketAck {
  envelope_id: string;
  payload?: any;
  /** Which connection (0-based) it came on. */
  connection: number;
}

/**
 * The Socket Mode side of Slack: each connection gets `hello`, then the
 * envelopes the test sends; the client acks each with its envelope_id.
 */
export class FakeSocketMode {
  readonly acks = new Recorder<SocketAck>('fake Socket Mode', (ack) => `ack ${ack.envelope_id}`);
  readonly connections = new Recorder<WebSocket>('fake Socket Mode', () => 'a connection');
  private envelopeCounter = 0;

  private constructor(private readonly server: Server, private readonly wss: WebSocketServer, readonly url: string) {}

  static async start(): Promise<FakeSocketMode> {
    const server = createServer((_req, res) => res.writeHead(404).end());
    const wss = new WebSocketServer({ server, path: '/socket-mode' });
    const port = await listenLocal(server);
    const fake = new FakeSocketMode(server, wss, `ws://127.0.0.1:${port}/socket-mode`);
    wss.on('connection', (socket) => fake.accept(socket));
    return fake;
  }

  /** Sends an envelope on the newest connection; returns its envelope_id. */
  send(type: 'slash_commands' | 'interactive', payload: unknown): string {
    const socket = this.connections.items.at(-1);
    if (!socket) throw new Error('no Socket Mode connection');
    this.envelopeCounter += 1;
    const envelopeId = `env-${this.envelopeCounter}`;
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type === 'slash_commands' }));
    return envelopeId;
  }

  ackOf(envelopeId: string): Promise<SocketAck> {
    return this.acks.waitFor((ack) => ack.envelope_id === envelopeId, `the ack of ${envelopeId}`);
  }

  /** Asks the client to reconnect, as Slack does every few hours. */
  requestRefresh(): void {
    this.connections.items.at(-1)?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake' } }));
  }

  async close(): Promise<void> {
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await closeServer(this.server);
  }

  private accept(socket: WebSocket): void {
    const index = this.connections.items.length;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (typeof message.envelope_id === 'string') this.acks.record({ ...message, connection: index });
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 18060 }, connection_info: { app_id: APP_ID } }));
    this.connections.record(socket);
  }
}
