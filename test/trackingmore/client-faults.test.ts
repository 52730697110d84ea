import { afterEach, describe, expect, it } from 'vitest';
import { TrackingMoreClient, type TrackingMoreClientOptions } from '../../src/trackingmore/client';
import { failOnUnhandledRejections, rejection } from './expectations';
import { fakeClock } from './fake-clock';
import { envelope, hang, json, raw, startScriptedServer, type Reply } from './scripted-server';

const API_KEY = 'sk-fault-test-7f3a9c';

failOnUnhandledRejections();

let server: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(replies: Reply[], options: Partial<TrackingMoreClientOptions> = {}) {
  server = await startScriptedServer(replies);
  const clock = fakeClock();
  const logs: string[] = [];
  const client = new TrackingMoreClient({
    apiKey: API_KEY,
    baseUrl: server.url,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 1,
    logger: { warn: (obj, msg) => logs.push(`${msg} ${JSON.stringify(obj)}`) },
    ...options,
  });
  return { client, clock, logs, received: server.received };
}

const tracking = { id: 'abc', tracking_number: 'LX123456789CN', carrier_code: 'china-post', status: 'transit' };

describe('TrackingMoreClient faults', () => {
  it('honours Retry-After on HTTP 429 and then returns the data', async () => {
    const { client, clock, received } = await clientFor([
      json(429, envelope(429), { 'retry-after': '3' }),
      json(200, envelope(200, tracking)),
    ]);
    await expect(client.getTracking('china-post', 'LX123456789CN')).resolves.toEqual(tracking);
    expect(clock.sleeps).toEqual([3000]);
    expect(received).toHaveLength(2);
  });

  it('retries a 500 and returns the later success', async () => {
    const { client, received, logs } = await clientFor([json(500, envelope(500)), json(200, envelope(200, tracking))]);
    await expect(client.getTracking('china-post', 'LX123456789CN')).resolves.toEqual(tracking);
    expect(received).toHaveLength(2);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('"operation":"getTracking"');
  });

  it('retries a hang past the timeout, then throws a timeout error', async () => {
    const { client, received } = await clientFor([hang], { timeoutMs: 50, retries: 1 });
    const error = await rejection(client.getUserInfo());
    expect(error).toMatchObject({ kind: 'timeout', operation: 'getUserInfo', retryable: true });
    expect(received).toHaveLength(2);
  });

  it('maps unparseable JSON to malformed-response', async () => {
    const { client } = await clientFor([raw(200, '{"meta":{"code":200},"data":')]);
    const error = await rejection(client.listCarriers());
    expect(error).toMatchObject({ kind: 'malformed-response', operation: 'listCarriers', httpStatus: 200 });
  });

  it('maps JSON without an envelope to malformed-response', async () => {
    const { client } = await clientFor([json(200, { hello: 'world' })]);
    expect(await rejection(client.getUserInfo())).toMatchObject({ kind: 'malformed-response' });
  });

  it('throws meta error 4021 from an HTTP 200 without retrying', async () => {
    const { client, received, clock } = await clientFor([json(200, envelope(4021))]);
    const error = await rejection(client.realtimeTracking({ tracking_number: 'LX123456789CN', carrier_code: 'china-post' }));
    expect(error).toMatchObject({ kind: 'no-balance', code: 4021, httpStatus: 200, retryable: false, operation: 'realtimeTracking' });
    expect(received).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('reads the error from a non-2xx envelope, or from the status when the body is not one', async () => {
    const { client } = await clientFor([json(401, envelope(401)), raw(502, '<html>Bad gateway</html>')], { retries: 1 });
    expect(await rejection(client.getUserInfo())).toMatchObject({ kind: 'invalid-key', code: 401, httpStatus: 401 });
    expect(await rejection(client.getUserInfo())).toMatchObject({ kind: 'server-error', code: 502, httpStatus: 502 });
  });

  it('spaces listTrackings calls at least 1 s apart', async () => {
    const list = { page: 1, limit: 100, total: 0, items: [] };
    const { client, clock, received } = await clientFor([json(200, envelope(200, list))]);
    for (let i = 0; i < 4; i++) await client.listTrackings({ page: 1 });
    expect(received).toHaveLength(4);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
  });

  it('sends the API key, but never puts it in an error message or a log line', async () => {
    const { client, logs, received } = await clientFor(
      [json(500, envelope(500)), json(200, envelope(4001)), hang, hang, raw(200, 'not json')],
      { timeoutMs: 50, retries: 1 },
    );
    const errors = [
      await rejection(client.getUserInfo()),
      await rejection(client.getUserInfo()),
      await rejection(client.getUserInfo()),
    ];
    expect(received[0]?.headers['trackingmore-api-key']).toBe(API_KEY);
    expect(errors.map((e) => e.kind)).toEqual(['invalid-key', 'timeout', 'malformed-response']);
    expect(logs.length).toBeGreaterThan(0);
    for (const text of [...errors.map((e) => `${e.message} ${e.stack} ${JSON.stringify(e)}`), ...logs]) {
      expect(text).not.toContain(API_KEY);
    }
  });
});
