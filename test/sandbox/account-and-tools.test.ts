import { describe, expect, it } from 'vitest';
import { expectMeta, useSandbox } from './harness';

describe('sandbox: account, carriers and tools', () => {
  const t = useSandbox({ quota: 50 });

  it('reports the remaining quota, which creating uses', async () => {
    const before = await t.call('GET', '/trackings/getuserinfo');
    expectMeta(before, 200);
    expect(before.json.data).toMatchObject({ track_number: 50, regtime: expect.stringMatching(/^\d+$/) });
    await t.call('POST', '/trackings/post', { tracking_number: '1234567890', carrier_code: 'dhl' });
    await t.call('POST', '/trackings/batch', [{ tracking_number: '1234567891', carrier_code: 'dhl' }]);
    expect((await t.call('GET', '/trackings/getuserinfo')).json.data.track_number).toBe(48);
    t.sandbox.setQuota(0);
    expectMeta(await t.call('POST', '/trackings/batch', [{ tracking_number: '1234567892', carrier_code: 'dhl' }]), 4021);
  });

  it('lists about thirty carriers with the documented fields', async () => {
    const res = await t.call('GET', '/carriers', undefined, { 'Trackingmore-Api-Key': 'sandbox-key', Lang: 'en' });
    expectMeta(res, 200);
    expect(res.json.data.length).toBeGreaterThanOrEqual(30);
    const codes = res.json.data.map((c: { code: string }) => c.code);
    for (const code of ['4px', 'dhl', 'ups', 'usps', 'china-post', 'china-ems', 'deutsche-post', 'poste-italiane']) {
      expect(codes).toContain(code);
    }
    expect(res.json.data.find((c: { code: string }) => c.code === 'dhl')).toEqual({
      name: 'DHL',
      code: 'dhl',
      phone: '1 800 225 5345',
      homepage: '//www.dhl.com/',
      type: 'express',
      picture: '//cdn.trackingmore.com/images/icons/express/dhl.png',
    });
    expectMeta(await t.call('GET', '/carriers/'), 200);
  });

  it('detects carriers by number, most likely first; 4032 when it cannot', async () => {
    const detect = async (tracking_number: string) => {
      const res = await t.call('POST', '/carriers/detect', { tracking_number });
      return res.json.meta.code === 200 ? res.json.data.map((c: { code: string }) => c.code) : res.json.meta.code;
    };
    expect(await detect('RN123456789CN')).toEqual(['china-post', 'china-ems']);
    expect(await detect('1Z999AA10123456784')).toEqual(['ups']);
    expect((await detect('300403513351'))[0]).toBe('4px');
    expect(await detect('9400111899223197428490')).toEqual(['usps']);
    expect(await detect('ABCDEFG')).toBe(4032);
    expectMeta(await t.call('POST', '/carriers/detect', {}), 4013);
  });

  it('checks remote postcodes', async () => {
    const res = await t.call('POST', '/trackings/remote', [
      { country: 'JP', postcode: '7621094', company: 'ups' },
      { country: 'Italy', postcode: '20100' },
    ]);
    expectMeta(res, 200);
    expect(res.json.data).toEqual({
      submitted: 2,
      other: [{ two_code: 'IT', far_city_postcode: '20100' }],
      remote: [{ far_express_company: 'ups', two_code: 'JP', far_country: 'Japan', far_city_postcode: '7621094' }],
    });
  });

  it('gives stable transit-time statistics for known routes only', async () => {
    const body = [
      { carrier_code: 'dhl', original: 'CN', destination: 'US' },
      { carrier_code: 'nobody', original: 'CN', destination: 'US' },
    ];
    const first = await t.call('POST', '/trackings/costtime', body);
    expectMeta(first, 200);
    expect(first.json.data).toHaveLength(1);
    const row = first.json.data[0];
    expect(row).toMatchObject({ carrier_code: 'dhl', original: 'CN', destination: 'US' });
    expect(row.delivered).toBeLessThanOrEqual(row.total);
    const shares = [row.range1, row.range3, row.range4, row.range5];
    expect(row).not.toHaveProperty('range2');
    expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(100, 0);
    expect((await t.call('POST', '/trackings/costtime', body)).json.data).toEqual(first.json.data);
  });

  it('tracks air waybills, one or many; rejects a bad AWB', async () => {
    const res = await t.call('POST', '/trackings/aircargo', { track_number: ['172-28891936', '020-12345675'], lang: 'en' });
    expectMeta(res, 200);
    expect(res.json.data.map((a: { track_number: string }) => a.track_number)).toEqual(['172-28891936', '020-12345675']);
    expect(res.json.data[0].track_info.length).toBeGreaterThan(2);
    expect(res.json.data[0].track_info[1].flight_number).toMatch(/^CV\d{3}$/);
    const single = await t.call('POST', '/trackings/aircargo', { track_number: '172-28891936' });
    expect(single.json.data).toHaveLength(1);
    expectMeta(await t.call('POST', '/trackings/aircargo', { track_number: 'not-an-awb' }), 4012);
  });
});
