import { describe, expect, it } from 'vitest';
import { expectMeta, useSandbox } from './harness';

describe('sandbox: one tracking', () => {
  const t = useSandbox({ quota: 3 });

  const create = (body: Record<string, unknown>) => t.call('POST', '/trackings/post', body);

  it('creates a pending tracking and returns the summary', async () => {
    const res = await create({ tracking_number: 'RN123456789CN', carrier_code: 'china-post', title: 'mug', order_id: 'A-1' });
    expectMeta(res, 200);
    expect(res.json.data).toMatchObject({
      tracking_number: 'RN123456789CN',
      carrier_code: 'china-post',
      status: 'pending',
      title: 'mug',
      order_id: 'A-1',
      created_at: '2024-05-01T10:00:00+00:00',
    });
    expect(res.json.data.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers the documented create errors', async () => {
    await create({ tracking_number: 'RN123456789CN', carrier_code: 'china-post' });
    expectMeta(await create({ tracking_number: 'RN123456789CN', carrier_code: 'china-post' }), 4016);
    expectMeta(await create({ tracking_number: 'RN123456789CN', carrier_code: 'no-such-post' }), 4015);
    expectMeta(await create({ tracking_number: 'RN123456789CN', carrier_code: 'bad code!' }), 4015);
    expectMeta(await create({ carrier_code: 'china-post' }), 4013);
    expectMeta(await create({ tracking_number: 'ab', carrier_code: 'china-post' }), 4014);
    expectMeta(await create({ tracking_number: 'RN123456789CN', carrier_code: 'china-post', surprise: 1 }), 4012);
  });

  it('answers 4021 once the quota is used up', async () => {
    for (const n of ['11111', '22222', '33333']) expectMeta(await create({ tracking_number: n, carrier_code: 'dhl' }), 200);
    expectMeta(await create({ tracking_number: '44444', carrier_code: 'dhl' }), 4021);
  });

  it('gets a tracking shaped like the real ones, also in a language', async () => {
    t.sandbox.addTracking({ carrier: '4px', number: '300403513351', status: 'transit', title: 'cute pillow' });
    const res = await t.call('GET', '/trackings/4px/300403513351');
    expectMeta(res, 200);
    const data = res.json.data;
    expect(data).toMatchObject({ status: 'transit', title: 'cute pillow', original_country: 'China', archived: false });
    expect(data.origin_info.trackinfo.length).toBeGreaterThan(2);
    const dates = data.origin_info.trackinfo.map((e: { Date: string }) => e.Date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(data.lastUpdateTime).toBe(dates[0]);
    expect(data.updated_at).toMatch(/\+00:00$/);
    const inItalian = await t.call('GET', '/trackings/4px/300403513351/it');
    expect(inItalian.json.data.id).toBe(data.id);
    expectMeta(await t.call('GET', '/trackings/4px/300403513351/ITA'), 4012);
    expect(t.sandbox.calls.getTrackingInLanguage).toBe(2);
  });

  it('answers 4031 for a number never created and 4014 for a bad one', async () => {
    expectMeta(await t.call('GET', '/trackings/dhl/1234567890'), 4031);
    expectMeta(await t.call('GET', '/trackings/dhl/ab'), 4014);
  });

  it('updates details, archives, and sets the status by hand (4, then 8 restores)', async () => {
    t.sandbox.addTracking({ carrier: 'ups', number: '1Z999AA10123456784', status: 'transit' });
    const put = (body: unknown) => t.call('PUT', '/trackings/ups/1Z999AA10123456784', body);
    const res = await put({ title: 'boots', archived: 'true', status: 4 });
    expectMeta(res, 200);
    expect(res.json.data).toMatchObject({ title: 'boots', archived: true, status: 'delivered' });
    expect((await put({ status: 8 })).json.data.status).toBe('transit');
    expectMeta(await put({ status: 5 }), 4033);
    expectMeta(await t.call('PUT', '/trackings/ups/1Z999AA10123456700', { title: 'x' }), 4017);
  });

  it('deletes one tracking, then says 4017', async () => {
    t.sandbox.addTracking({ carrier: 'dhl', number: '1234567890' });
    const res = await t.call('DELETE', '/trackings/dhl/1234567890');
    expect(res.json).toEqual({ meta: { code: 200, type: 'Success', message: 'Success' }, data: [] });
    expectMeta(await t.call('DELETE', '/trackings/dhl/1234567890'), 4017);
    expectMeta(await t.call('GET', '/trackings/dhl/1234567890'), 4031);
  });

  it('answers realtime with one item, 4017 when unknown', async () => {
    t.sandbox.addTracking({ carrier: 'cainiao', number: 'LB181539674SG', status: 'delivered' });
    const res = await t.call('POST', '/trackings/realtime', { tracking_number: 'LB181539674SG', carrier_code: 'cainiao' });
    expectMeta(res, 200);
    expect(res.json.data.items).toHaveLength(1);
    expect(res.json.data.items[0]).toMatchObject({ tracking_number: 'LB181539674SG', status: 'delivered' });
    const unknown = await t.call('POST', '/trackings/realtime', { tracking_number: 'LB000000000SG', carrier_code: 'cainiao' });
    expectMeta(unknown, 4017);
  });

  it('moves a tracking to another carrier', async () => {
    t.sandbox.addTracking({ carrier: 'china-ems', number: 'LK664578623CN' });
    const move = (update_carrier_code: string, carrier_code = 'china-ems') =>
      t.call('POST', '/trackings/update', { tracking_number: 'LK664578623CN', carrier_code, update_carrier_code });
    expectMeta(await move('nope'), 4015);
    const res = await move('usps');
    expect(res.json).toEqual({ meta: { code: 200, type: 'Success', message: 'Success' }, data: { Usertag: '' } });
    expectMeta(await t.call('GET', '/trackings/china-ems/LK664578623CN'), 4031);
    expect((await t.call('GET', '/trackings/usps/LK664578623CN')).json.data.carrier_code).toBe('usps');
    expectMeta(await move('dhl'), 4017);
  });
});
