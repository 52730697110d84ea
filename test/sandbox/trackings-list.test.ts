import { describe, expect, it } from 'vitest';
import { expectMeta, START_MS, useSandbox } from './harness';

const seconds = (ms: number) => Math.floor(ms / 1000);
const numbersOf = (res: { json: { data: { items: { tracking_number: string }[] } } }) =>
  res.json.data.items.map((i) => i.tracking_number);

describe('sandbox: list and counts', () => {
  // Journeys stand still here (one step a day): these tests move the clock by minutes only.
  const t = useSandbox({ stepMs: 86_400_000 });

  async function createAt(number: string, minutesLater: number, extra: Record<string, string> = {}) {
    t.clock.ms = START_MS + minutesLater * 60_000;
    await t.call('POST', '/trackings/post', { tracking_number: number, carrier_code: 'dhl', ...extra });
  }

  it('lists newest first with page, limit and a numeric total', async () => {
    await createAt('1000000001', 0);
    await createAt('1000000002', 1);
    await createAt('1000000003', 2);
    const res = await t.call('GET', '/trackings/get?page=1&limit=2&lang=en');
    expectMeta(res, 200);
    expect(res.json.data).toMatchObject({ page: 1, limit: 2, total: 3, count: 2 });
    expect(numbersOf(res)).toEqual(['1000000003', '1000000002']);
    expect(numbersOf(await t.call('GET', '/trackings/get?page=2&limit=2'))).toEqual(['1000000001']);
  });

  it('filters by created and updated time, status, numbers, orders and archived', async () => {
    await createAt('1000000001', 0, { order_id: 'A-1' });
    await createAt('1000000002', 30, { order_id: 'B-2' });
    t.sandbox.setUpdatedAt({ carrier: 'dhl', number: '1000000001' }, START_MS + 90 * 60_000);
    await t.call('PUT', '/trackings/dhl/1000000002', { archived: 'true' });
    t.sandbox.addTracking({ carrier: 'ups', number: '1Z999AA10123456784', status: 'delivered' });
    const list = async (query: string) => numbersOf(await t.call('GET', `/trackings/get?${query}`));

    expect(await list(`created_at_min=${seconds(START_MS + 10 * 60_000)}&created_at_max=${seconds(START_MS + 60 * 60_000)}`)).toEqual(['1000000002']);
    expect(await list(`update_time_min=${seconds(START_MS + 80 * 60_000)}`)).toContain('1000000001');
    expect(await list(`update_time_min=${seconds(START_MS + 80 * 60_000)}`)).not.toContain('1000000002');
    expect(await list('status=delivered')).toEqual(['1Z999AA10123456784']);
    // The set-up tracking has a back-dated history, so it was created first.
    expect(await list('numbers=1000000001,1Z999AA10123456784')).toEqual(['1000000001', '1Z999AA10123456784']);
    expect(await list('orders=B-2')).toEqual(['1000000002']);
    expect(await list('archived=true')).toEqual(['1000000002']);
    expect(await list('archived=false')).not.toContain('1000000002');
  });

  it('answers the documented filter errors', async () => {
    expectMeta(await t.call('GET', '/trackings/get?status=lost'), 4033);
    const tooMany = Array.from({ length: 41 }, (_, i) => `${1000000000 + i}`).join(',');
    expectMeta(await t.call('GET', `/trackings/get?numbers=${tooMany}`), 4020);
    expectMeta(await t.call('GET', '/trackings/get?limit=2001'), 4012);
    expectMeta(await t.call('GET', '/trackings/get?colour=red'), 4012);
  });

  it('counts trackings per status, within a created range', async () => {
    t.sandbox.addTracking({ carrier: 'ups', number: '1Z999AA10123456784', status: 'delivered' });
    t.sandbox.addTracking({ carrier: 'dhl', number: '1234567890', status: 'transit' });
    await createAt('1000000009', 5);
    const res = await t.call('GET', '/trackings/getstatusnumber');
    expectMeta(res, 200);
    expect(res.json.data).toEqual({
      pending: 1, notfound: 0, transit: 1, pickup: 0, delivered: 1, undelivered: 0, exception: 0, expired: 0,
    });
    const recent = await t.call('GET', `/trackings/getstatusnumber?created_at_min=${seconds(START_MS + 60_000)}`);
    expect(recent.json.data).toMatchObject({ pending: 1, transit: 0, delivered: 0 });
  });
});
