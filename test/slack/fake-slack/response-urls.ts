import { createServer, type Server } from 'node:http';
import { closeServer, listenLocal, readBody } from './http-util';
import { Recorder } from './recorder';

export interface Response {
  /** The response_url path, e.g. /commands/1. */
  path: string;
  body: any;
}

/** Where response_urls point: records each POSTed JSON body; answers 200 "ok" (or a set status). */
export class ResponseUrlServer {
  readonly responses = new Recorder<Response>('response_url server', (r) => `${r.path} ${JSON.stringify(r.body).slice(0, 120)}`);
  /** Paths answered with this status instead of 200 (e.g. an expired response_url: 404). */
  readonly failing = new Map<string, number>();
  private counter = 0;

  private constructor(private readonly server: Server, private readonly base: string) {}

  static async start(): Promise<ResponseUrlServer> {
    let self: ResponseUrlServer | undefined;
    const server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        self?.responses.record({ path, body: raw === '' ? undefined : JSON.parse(raw) });
        const status = self?.failing.get(path) ?? 200;
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status === 200 ? 'ok' : 'expired_url');
      });
    });
    const port = await listenLocal(server);
    self = new ResponseUrlServer(server, `http://127.0.0.1:${port}`);
    return self;
  }

  /** A fresh response_url, shaped like Slack's. */
  newUrl(kind: 'commands' | 'actions'): string {
    this.counter += 1;
    return `${this.base}/${kind}/T0TEAM/${this.counter}/secret${this.counter}`;
  }

  pathOf(url: string): string {
    return new URL(url).pathname;
  }

  /** The next response posted to this response_url. */
  next(url: string, after = 0): Promise<Response> {
    const path = this.pathOf(url);
    return this.responses.waitFor((r) => r.path === path, `a response to ${path}`, after);
  }

  to(url: string): Response[] {
    const path = this.pathOf(url);
    return this.responses.items.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return closeServer(this.server);
  }
}
