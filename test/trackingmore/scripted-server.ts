import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = (req: IncomingMessage, res: ServerResponse) => void;

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A tiny HTTP server on 127.0.0.1:0 that answers with `replies` in order, repeating the last one. */
export async function startScriptedServer(replies: Reply[]) {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const entry: ReceivedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '' };
    received.push(entry);
    const reply = replies[Math.min(received.length - 1, replies.length - 1)];
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (entry.body += chunk));
    req.on('end', () => reply?.(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

export function envelope(code: number, data: unknown = []): unknown {
  return { meta: { code, type: code === 200 ? 'Success' : 'Error', message: `code ${code}` }, data };
}

export const raw =
  (status: number, text: string): Reply =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(text);
  };

/** Never answers; the client's per-attempt timeout must fire. */
export const hang: Reply = () => {};
