import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, createMetricsRegistry, type HttpServer } from '../../src/http';
import { DEFAULT_TIMEOUTS } from '../../src/http/server';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Opens a raw connection, writes `sent`, never finishes the request; resolves with all the server wrote once it closes. */
function trickle(port: number, sent: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(sent));
    let received = '';
    socket.on('data', (chunk) => (received += String(chunk)));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

async function start(timeouts: { requestMs: number; headersMs: number }): Promise<number> {
  server = createHttpServer({ port: 0, host: '127.0.0.1', metrics: createMetricsRegistry(), timeouts });
  server.addRoute('POST', '/slow', async (req, res) => {
    for await (const _chunk of req) {
      // Read the body, however slowly it comes.
    }
    res.end('ok');
  });
  return (await server.listen()).port;
}

describe('createHttpServer: slow clients are cut off', () => {
  it('defaults to 30 s for a request and 10 s for its headers (Node: 300 s and 60 s)', () => {
    expect(DEFAULT_TIMEOUTS).toEqual({ requestMs: 30_000, headersMs: 10_000 });
  });

  it('answers 408 and closes a connection whose headers never end', async () => {
    const port = await start({ requestMs: 2_000, headersMs: 200 });
    const received = await trickle(port, 'POST /slow HTTP/1.1\r\nHost: x\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers 408 and closes a connection whose body never ends', async () => {
    const port = await start({ requestMs: 300, headersMs: 200 });
    const received = await trickle(port, 'POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part');
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });
});
