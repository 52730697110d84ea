import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/types';
import { TrackingMoreClient, type TrackingMoreClientOptions } from '../../src/trackingmore/client';
import { failOnUnhandledRejections, rejection } from './expectations';
import { fakeClock } from './fake-clock';

failOnUnhandledRejections();

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** Sandbox and client share one virtual clock: the client's sleeps are the only way time passes. */
async function setUp(sandboxOptions: SandboxOptions = {}, clientOptions: Partial<TrackingMoreClientOptions> = {}) {
  const clock = fakeClock();
  const logs: string[] = [];
  sandbox = await startSandbox({ clock: clock.now, ...sandboxOptions });
  const client = new TrackingMoreClient({
    apiKey: 'sandbox-key',
    baseUrl: sandbox.url,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 1,
    logger: { warn: (obj, msg) => logs.push(`${msg} ${JSON.stringify(obj)}`) },
    ...clientOptions,
  });
  return { client, clock, logs, sandbox };
}

describe('TrackingMoreClient against sandbox faults', () => {
  it('waits out an injected 429 for its Retry-After', async () => {
    const { client, clock, sandbox } = await setUp();
    sandbox.injectFault({ op: 'getUserInfo', kind: 'rate-limit', retryAfterSeconds: 4 });
    await expect(client.getUserInfo()).resolves.toMatchObject({ money: 999 });
    expect(clock.sleeps).toEqual([4000]);
    expect(sandbox.calls.getUserInfo).toBe(2);
  });

  it('retries a 503 and returns the later success', async () => {
    const { client, sandbox, logs } = await setUp();
    sandbox.injectFault({ op: 'listCarriers', kind: 'server-error', status: 503 });
    expect((await client.listCarriers()).length).toBeGreaterThan(0);
    expect(sandbox.calls.listCarriers).toBe(2);
    expect(logs).toHaveLength(1);
  });

  it('gives up with a server-error once retries run out', async () => {
    const { client, sandbox } = await setUp({}, { retries: 2 });
    sandbox.injectFault({ op: 'getUserInfo', kind: 'server-error' }, 5);
    expect(await rejection(client.getUserInfo())).toMatchObject({ kind: 'server-error', code: 500, httpStatus: 500 });
    expect(sandbox.calls.getUserInfo).toBe(3);
  });

  it('retries a hang past the timeout, then reports a timeout', async () => {
    const { client, sandbox } = await setUp({}, { timeoutMs: 50, retries: 1 });
    sandbox.injectFault({ op: 'getUserInfo', kind: 'hang', ms: 60_000 }, 2);
    expect(await rejection(client.getUserInfo())).toMatchObject({ kind: 'timeout', operation: 'getUserInfo' });
    expect(sandbox.calls.getUserInfo).toBe(2);
  });

  it('reports malformed JSON as malformed-response', async () => {
    const { client, sandbox } = await setUp();
    sandbox.injectFault({ op: 'getTracking', kind: 'malformed-json' });
    expect(await rejection(client.getTracking('4px', '300403513351'))).toMatchObject({ kind: 'malformed-response' });
  });

  it('does not retry meta error 4021', async () => {
    const { client, sandbox, clock } = await setUp();
    sandbox.injectFault({ op: 'realtimeTracking', kind: 'meta-error', code: 4021 }, 3);
    const error = await rejection(client.realtimeTracking({ carrier_code: '4px', tracking_number: '300403513351' }));
    expect(error).toMatchObject({ kind: 'no-balance', code: 4021, retryable: false });
    expect(sandbox.calls.realtimeTracking).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('spaces listTrackings so a rate-limited sandbox never answers 429', async () => {
    const { client, clock, sandbox, logs } = await setUp({ rateLimits: { list: 1, realtime: 3 } });
    for (let i = 0; i < 4; i++) await client.listTrackings({ page: 1 });
    for (let i = 0; i < 4; i++) await client.realtimeTracking({ carrier_code: '4px', tracking_number: '300403513351' });
    expect(clock.sleeps).toEqual([1000, 1000, 1000, 334, 334, 334]);
    expect(sandbox.calls.listTrackings).toBe(4);
    expect(sandbox.calls.realtimeTracking).toBe(4);
    expect(logs).toEqual([]); // nothing was retried
  });
});
