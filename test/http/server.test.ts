import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, createMetricsRegistry, type HttpServer, type MetricsRegistry } from '../../src/http';

let server: HttpServer | undefined;
let registry: MetricsRegistry;

async function start(configure?: (server: HttpServer) => void): Promise<string> {
  registry = createMetricsRegistry();
  server = createHttpServer({ port: 0, host: '127.0.0.1', metrics: registry, health: () => ({ surfaces: ['console'], store: 'sqlite' }) });
  configure?.(server);
  const { port } = await server.listen();
  return `http://127.0.0.1:${port}`;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createHttpServer', () => {
  it('answers /healthz with the surfaces and the store kind', async () => {
    const base = await start();
    const response = await fetch(`${base}/healthz?probe=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true, surfaces: ['console'], store: 'sqlite' });
  });

  it('answers 404 for unknown paths and for the wrong method', async () => {
    const base = await start();
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(404);
  });

  it('serves mounted routes and turns a failing handler into a 500', async () => {
    const base = await start((s) => {
      s.addRoute('POST', '/webhooks/echo', async (req, res) => {
        let body = '';
        for await (const chunk of req) body += String(chunk);
        res.writeHead(202).end(body.toUpperCase());
      });
      s.addRoute('GET', '/boom', () => {
        throw new Error('boom');
      });
    });
    const echoed = await fetch(`${base}/webhooks/echo`, { method: 'POST', body: 'hello' });
    expect(echoed.status).toBe(202);
    expect(await echoed.text()).toBe('HELLO');
    const failed = await fetch(`${base}/boom`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ ok: false, error: 'internal error' });
  });

  it('refuses a second handler for the same route', async () => {
    await start();
    expect(() => server?.addRoute('get', '/healthz', () => undefined)).toThrow(/already mounted/);
  });

  it('renders counters as Prometheus text, including its own request count', async () => {
    const base = await start();
    registry.counter('trackbot_commands_total', 'Commands run.').inc({ command: 'track', platform: 'console' });
    registry.counter('trackbot_commands_total', 'Commands run.').inc({ platform: 'console', command: 'track' }, 2);
    await fetch(`${base}/healthz`);
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# HELP trackbot_commands_total Commands run.\n# TYPE trackbot_commands_total counter\n');
    expect(text).toContain('trackbot_commands_total{command="track",platform="console"} 3\n');
    expect(text).toContain('trackbot_http_requests_total{route="/healthz",status="200"} 1\n');
  });

  it('rejects listen() on a busy port', async () => {
    const base = await start();
    const other = createHttpServer({ port: Number(new URL(base).port), host: '127.0.0.1', metrics: registry });
    await expect(other.listen()).rejects.toThrow(/EADDRINUSE/);
    await other.close();
  });
});

describe('metrics registry', () => {
  it('escapes label values and refuses invalid names or negative increments', () => {
    const local = createMetricsRegistry();
    const counter = local.counter('x_total', 'X.');
    counter.inc({ reason: 'say "hi"\nback\\slash' });
    expect(local.render()).toContain('x_total{reason="say \\"hi\\"\\nback\\\\slash"} 1');
    expect(counter.value({ reason: 'say "hi"\nback\\slash' })).toBe(1);
    expect(() => local.counter('bad-name', 'no')).toThrow(/invalid metric name/);
    expect(() => counter.inc({ 'bad-label': 'x' })).toThrow(/invalid label name/);
    expect(() => counter.inc({}, -1)).toThrow(/only go up/);
  });

  it('renders nothing when nothing is registered', () => {
    expect(createMetricsRegistry().render()).toBe('');
  });
});
