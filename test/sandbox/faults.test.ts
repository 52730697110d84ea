import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox';
import { api, expectMeta, ManualClock, useSandbox } from './harness';

describe('sandbox: injected faults', () => {
  const t = useSandbox();
  const carriers = () => t.call('GET', '/carriers');

  it('rate-limit: 429 with Retry-After, then normal again', async () => {
    t.sandbox.injectFault({ kind: 'rate-limit', retryAfterSeconds: 7 });
    const limited = await carriers();
    expectMeta(limited, 429, 429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expectMeta(await carriers(), 200);
  });

  it('server-error: 500 by default, or the status asked for, as many times as asked', async () => {
    t.sandbox.injectFault({ kind: 'server-error', status: 503 }, 2);
    expectMeta(await carriers(), 503, 503);
    expectMeta(await carriers(), 503, 503);
    expectMeta(await carriers(), 200);
    t.sandbox.injectFault({ kind: 'server-error' });
    expectMeta(await carriers(), 500, 500);
  });

  it('meta-error: HTTP 200 with the meta code', async () => {
    t.sandbox.injectFault({ kind: 'meta-error', code: 4021 });
    expectMeta(await carriers(), 4021);
  });

  it('malformed-json: a body that does not parse', async () => {
    t.sandbox.injectFault({ kind: 'malformed-json' });
    const response = await fetch(`${t.sandbox.url}/carriers`, { headers: { 'Trackingmore-Api-Key': 'sandbox-key' } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('hang: the answer comes after the delay, and normally', async () => {
    t.sandbox.injectFault({ kind: 'hang', ms: 50 });
    expectMeta(await carriers(), 200);
    expect(t.sandbox.calls.listCarriers).toBe(1);
  });

  it('a fault for one operation leaves the others alone', async () => {
    t.sandbox.injectFault({ op: 'getUserInfo', kind: 'server-error' });
    expectMeta(await carriers(), 200);
    expectMeta(await t.call('GET', '/trackings/getuserinfo'), 500, 500);
    expectMeta(await t.call('GET', '/trackings/getuserinfo'), 200);
  });

  it('close() does not wait for a hanging request', async () => {
    const sandbox = await startSandbox({ seedDemo: false });
    sandbox.injectFault({ kind: 'hang', ms: 600_000 });
    const pending = api(sandbox, 'GET', '/carriers').catch((error: unknown) => error);
    while (sandbox.totalCalls() === 0) await new Promise((resolve) => setImmediate(resolve));
    await sandbox.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('sandbox: rate limits', () => {
  const t = useSandbox({ rateLimits: { list: 1, realtime: 3 } });

  it('allows N requests per second, then 429 with Retry-After until the second has passed', async () => {
    expectMeta(await t.call('GET', '/trackings/get'), 200);
    const limited = await t.call('GET', '/trackings/get');
    expectMeta(limited, 429, 429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expectMeta(await t.call('GET', '/carriers'), 200);
    t.clock.tick(1000);
    expectMeta(await t.call('GET', '/trackings/get'), 200);
  });

  it('limits realtime separately at its own rate', async () => {
    t.sandbox.addTracking({ carrier: 'dhl', number: '1234567890' });
    const realtime = () => t.call('POST', '/trackings/realtime', { tracking_number: '1234567890', carrier_code: 'dhl' });
    for (let i = 0; i < 3; i++) expectMeta(await realtime(), 200);
    expectMeta(await realtime(), 429, 429);
    expectMeta(await t.call('GET', '/trackings/get'), 200);
  });
});

describe('sandbox: no rate limits by default', () => {
  it('answers many list calls in the same instant', async () => {
    const clock = new ManualClock();
    const sandbox = await startSandbox({ seedDemo: false, clock: clock.now });
    try {
      for (let i = 0; i < 5; i++) expectMeta(await api(sandbox, 'GET', '/trackings/get'), 200);
    } finally {
      await sandbox.close();
    }
  });
});
