import { describe, expect, it } from 'vitest';
import { expectMeta, useSandbox } from './harness';

describe('sandbox: routing, auth and call counting', () => {
  const t = useSandbox({ apiKey: 'test-key-123' });
  const withKey = { 'Trackingmore-Api-Key': 'test-key-123' };

  it('answers HTTP 401 with meta 4001 for a missing or wrong key, without echoing it', async () => {
    expectMeta(await t.call('GET', '/carriers', undefined, {}), 4001, 401);
    const wrong = await t.call('GET', '/carriers', undefined, { 'Trackingmore-Api-Key': 'guessed-key-999' });
    expectMeta(wrong, 4001, 401);
    expect(JSON.stringify(wrong.json)).not.toContain('guessed-key-999');
    expectMeta(await t.call('GET', '/carriers', undefined, withKey), 200);
  });

  it('answers 404 for unknown routes and 405 for a wrong method, in the envelope', async () => {
    const unknown = await t.call('GET', '/trackings/nothing/here/at/all', undefined, withKey);
    expectMeta(unknown, 404, 404);
    expect(unknown.json.meta.type).toBe('Not Found');
    expectMeta(await t.call('GET', '/elsewhere', undefined, withKey), 404, 404);
    expectMeta(await t.call('DELETE', '/trackings/post', undefined, withKey), 405, 405);
    expectMeta(await t.call('GET', '/carriers/detect', undefined, withKey), 405, 405);
  });

  it('answers 4012 for a body that is not JSON', async () => {
    expectMeta(await t.call('POST', '/trackings/post', '{"tracking_number":', withKey), 4012);
  });

  it('counts calls per operation, including failed ones, and resets them', async () => {
    await t.call('GET', '/carriers', undefined, withKey);
    await t.call('GET', '/carriers', undefined, {});
    await t.call('GET', '/trackings/dhl/1234567890', undefined, withKey);
    await t.call('GET', '/unknown', undefined, withKey);
    expect(t.sandbox.calls).toMatchObject({ listCarriers: 2, getTracking: 1, createTracking: 0 });
    expect(t.sandbox.totalCalls()).toBe(3);
    t.sandbox.resetCalls();
    expect(t.sandbox.totalCalls()).toBe(0);
  });
});

describe('sandbox: demo data', () => {
  const t = useSandbox({ seedDemo: true });

  it('has 4px 300403513351 in transit with several events, titled "cute pillow"', async () => {
    const res = await t.call('GET', '/trackings/4px/300403513351');
    expect(res.json.data).toMatchObject({ status: 'transit', title: 'cute pillow' });
    expect(res.json.data.origin_info.trackinfo.length).toBeGreaterThanOrEqual(3);
    expect((await t.call('GET', '/trackings/get')).json.data.total).toBeGreaterThanOrEqual(4);
  });
});
