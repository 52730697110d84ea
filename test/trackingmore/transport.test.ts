import { afterEach, describe, expect, it } from 'vitest';
import { TrackingMoreError } from '../../src/trackingmore/errors';
import { Transport, type TransportOptions } from '../../src/trackingmore/transport';
import { fakeClock } from './fake-clock';
import { envelope, hang, json, startScriptedServer, type Reply } from './scripted-server';

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(replies: Reply[], options: Partial<TransportOptions> = {}) {
  server = await startScriptedServer(replies);
  const clock = fakeClock();
  const logs: Record<string, unknown>[] = [];
  const transport = new Transport({
    now: clock.now,
    sleep: clock.sleep,
    random: () => 1,
    logger: { warn: (obj) => logs.push(obj) },
    ...options,
  });
  const send = () => transport.fetchFor('getTracking')(new Request(`${server!.url}/trackings/ups/1Z999`));
  return { send, clock, logs, received: server.received };
}

describe('Transport retries', () => {
  it('waits exactly as long as Retry-After (seconds) on 429, then succeeds', async () => {
    const { send, clock, received } = await run([json(429, envelope(429), { 'retry-after': '2' }), json(200, envelope(200))]);
    const response = await send();
    expect(response.status).toBe(200);
    expect(received).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('honours Retry-After given as an HTTP date on 503', async () => {
    const clock = fakeClock();
    const at = new Date(clock.now() + 5000).toUTCString();
    const { send, received } = await run([json(503, envelope(503), { 'retry-after': at }), json(200, envelope(200))], {
      now: clock.now,
      sleep: clock.sleep,
    });
    expect((await send()).status).toBe(200);
    expect(received).toHaveLength(2);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThan(4000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(5000);
  });

  it('treats meta.code 429 inside an HTTP 200 like a real 429', async () => {
    const { send, received } = await run([json(200, envelope(429)), json(200, envelope(200, { ok: true }))]);
    const body = (await (await send()).json()) as { data: unknown };
    expect(body.data).toEqual({ ok: true });
    expect(received).toHaveLength(2);
  });

  it('retries a 500 with exponential backoff and full jitter', async () => {
    const { send, clock, logs } = await run([json(500, envelope(500)), json(500, envelope(500)), json(200, envelope(200))], {
      random: () => 0.5,
      rateLimits: { getTracking: 1000 }, // spacing is a floor under backoff; keep it out of the way
      backoff: { baseMs: 300, capMs: 10_000 },
    });
    expect((await send()).status).toBe(200);
    expect(clock.sleeps).toEqual([150, 300]);
    expect(logs).toEqual([
      { operation: 'getTracking', attempt: 1, status: 500, code: 500, delayMs: 150 },
      { operation: 'getTracking', attempt: 2, status: 500, code: 500, delayMs: 300 },
    ]);
  });

  it('caps the backoff', async () => {
    const { send, clock } = await run([json(502, 'bad gateway')], { retries: 4, backoff: { baseMs: 1000, capMs: 3000 } });
    expect((await send()).status).toBe(502);
    expect(clock.sleeps).toEqual([1000, 2000, 3000, 3000]);
  });

  it('gives back the last answer when retries run out', async () => {
    const { send, received } = await run([json(503, envelope(503))], { retries: 2 });
    expect((await send()).status).toBe(503);
    expect(received).toHaveLength(3);
  });

  it('does not retry a meta error such as 4021', async () => {
    const { send, received, clock } = await run([json(200, envelope(4021))]);
    expect((await send()).status).toBe(200);
    expect(received).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('does not wait for a Retry-After longer than the limit', async () => {
    const { send, received } = await run([json(429, envelope(429), { 'retry-after': '120' })]);
    expect((await send()).status).toBe(429);
    expect(received).toHaveLength(1);
  });

  it('retries a hang past the timeout, then fails with a timeout error', async () => {
    const { send, received, logs } = await run([hang], { timeoutMs: 50, retries: 2 });
    const error = await send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackingMoreError);
    expect(error).toMatchObject({ kind: 'timeout', operation: 'getTracking', retryable: true });
    expect(received).toHaveLength(3);
    expect(logs.map((l) => l.status)).toEqual(['timeout', 'timeout']);
  });

  it('reports an unreachable server as a network error after retrying', async () => {
    server = await startScriptedServer([]);
    const deadUrl = server.url;
    await server.close();
    server = undefined;
    const clock = fakeClock();
    const transport = new Transport({ sleep: clock.sleep, now: clock.now, retries: 1 });
    const error = await transport.fetchFor('listCarriers')(new Request(`${deadUrl}/carriers`)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', operation: 'listCarriers' });
    expect(clock.sleeps).toHaveLength(1);
  });

  it('resends the same body on a POST refused with 429', async () => {
    server = await startScriptedServer([json(429, envelope(429)), json(200, envelope(200))]);
    const transport = new Transport({ ...fakeClock(), retries: 1 });
    const request = new Request(`${server.url}/trackings/post`, { method: 'POST', body: '{"tracking_number":"X1"}' });
    expect((await transport.fetchFor('createTracking')(request)).status).toBe(200);
    expect(server.received.map((r) => r.body)).toEqual(['{"tracking_number":"X1"}', '{"tracking_number":"X1"}']);
  });
});

describe('Transport never resends a POST that may have been processed', () => {
  async function post(replies: Reply[], operation: string, path: string, options: Partial<TransportOptions> = {}) {
    server = await startScriptedServer(replies);
    const clock = fakeClock();
    const transport = new Transport({ now: clock.now, sleep: clock.sleep, random: () => 1, retries: 3, ...options });
    const request = new Request(`${server.url}${path}`, { method: 'POST', body: '[]' });
    const outcome = await transport.fetchFor(operation)(request).then(
      (response) => response.status,
      (error: unknown) => error,
    );
    return { outcome, received: server.received, clock };
  }

  it.each([
    ['createTracking', '/trackings/post'],
    ['getAirCargo', '/trackings/aircargo'],
    ['detectCarrier', '/carriers/detect'],
  ])('%s: a timeout fails at once, sent once', async (operation, path) => {
    const { outcome, received, clock } = await post([hang], operation, path, { timeoutMs: 50 });
    expect(outcome).toMatchObject({ kind: 'timeout', operation });
    expect(received).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a 500 or 503 on batchCreateTrackings is handed back, sent once', async () => {
    for (const status of [500, 503]) {
      const { outcome, received } = await post([json(status, envelope(status))], 'batchCreateTrackings', '/trackings/batch');
      expect(outcome).toBe(status);
      expect(received).toHaveLength(1);
      await server?.close();
      server = undefined;
    }
  });

  it('a meta.code 429 inside an HTTP 200 on realtimeTracking is retried', async () => {
    const { outcome, received } = await post([json(200, envelope(429)), json(200, envelope(200))], 'realtimeTracking', '/trackings/realtime');
    expect(outcome).toBe(200);
    expect(received).toHaveLength(2);
  });

  it('a dropped connection on stopUpdating fails as a network error, sent once', async () => {
    const drop: Reply = (req) => req.socket.destroy();
    const { outcome, received } = await post([drop], 'stopUpdating', '/trackings/notupdate');
    expect(outcome).toMatchObject({ kind: 'network', operation: 'stopUpdating' });
    expect(received).toHaveLength(1);
  });
});

describe('Transport resends idempotent methods', () => {
  it.each(['PUT', 'DELETE'])('%s after a timeout', async (method) => {
    server = await startScriptedServer([hang, json(200, envelope(200))]);
    const transport = new Transport({ ...fakeClock(), random: () => 1, timeoutMs: 50, retries: 2 });
    const request = new Request(`${server.url}/trackings/ups/1Z999`, { method, ...(method === 'PUT' ? { body: '{}' } : {}) });
    expect((await transport.fetchFor(method === 'PUT' ? 'updateTracking' : 'deleteTracking')(request)).status).toBe(200);
    expect(server.received.map((r) => r.method)).toEqual([method, method]);
  });
});
