import { describe, expect, it } from 'vitest';
import { expectMeta, useSandbox } from './harness';

const ref = (tracking_number: string, carrier_code = 'dhl') => ({ tracking_number, carrier_code });

describe('sandbox: batch operations', () => {
  const t = useSandbox();

  it('batch-creates with 201 and puts duplicates and unknown carriers in errors', async () => {
    t.sandbox.addTracking({ carrier: 'bestex', number: '350233940124' });
    const res = await t.call('POST', '/trackings/batch', [
      ref('51837622007298', 'bestex'),
      ref('51837622007299', 'bestex'),
      ref('350233940124', 'bestex'),
      ref('51837622007300', 'no-such-carrier'),
    ]);
    expectMeta(res, 201);
    expect(res.json.data).toMatchObject({ submitted: 4, added: 2 });
    expect(res.json.data.trackings.map((x: { status: string }) => x.status)).toEqual(['pending', 'pending']);
    expect(res.json.data.errors).toEqual([
      { tracking_number: '350233940124', carrier_code: 'bestex', code: 4016, message: 'Tracking already exists.' },
      expect.objectContaining({ tracking_number: '51837622007300', code: 4015 }),
    ]);
    expectMeta(await t.call('GET', '/trackings/bestex/51837622007299'), 200);
  });

  it('answers 4020 for more than 40 items and 4012 for a body that is not a list', async () => {
    const many = Array.from({ length: 41 }, (_, i) => ref(`${1000000000 + i}`));
    expectMeta(await t.call('POST', '/trackings/batch', many), 4020);
    expectMeta(await t.call('POST', '/trackings/delete', many), 4020);
    expectMeta(await t.call('POST', '/trackings/batch', { tracking_number: '1234567890' }), 4012);
    expect(t.sandbox.tracking({ carrier: 'dhl', number: '1000000000' })).toBeUndefined();
  });

  it('updates many, with 4017 rows for unknown numbers', async () => {
    t.sandbox.addTracking({ carrier: 'dhl', number: '1234567890', status: 'transit' });
    const res = await t.call('POST', '/trackings/updatemore', [
      { ...ref('1234567890'), title: 'lamp', status: '7' },
      ref('1234567899'),
    ]);
    expectMeta(res, 200);
    expect(res.json.data).toMatchObject({ submitted: 2, updated: 1, trackings: [ref('1234567890')] });
    expect(res.json.data.errors).toEqual([expect.objectContaining({ tracking_number: '1234567899', code: 4017 })]);
    expect(t.sandbox.tracking({ carrier: 'dhl', number: '1234567890' })).toMatchObject({ title: 'lamp', status: 'exception' });
  });

  it('deletes many; each deleted item carries its own meta', async () => {
    t.sandbox.addTracking({ carrier: 'ups', number: '1Z97X17XYW06605211' });
    t.sandbox.addTracking({ carrier: 'wishpost', number: '83041096445' });
    const res = await t.call('POST', '/trackings/delete', [ref('1Z97X17XYW06605211', 'ups'), ref('83041096445', 'wishpost')]);
    expectMeta(res, 200);
    expect(res.json.data).toMatchObject({ submitted: 2, delete: 2, errors: [] });
    expect(res.json.data.trackings[0].meta).toMatchObject(ref('1Z97X17XYW06605211', 'ups'));
    expect(t.sandbox.tracking({ carrier: 'ups', number: '1Z97X17XYW06605211' })).toBeUndefined();
  });

  it('stops updating: the journey no longer moves', async () => {
    t.sandbox.addTracking({ carrier: 'singapore-post', number: 'RP893531375SG', status: 'notfound' });
    const res = await t.call('POST', '/trackings/notupdate', [ref('RP893531375SG', 'singapore-post'), ref('LK894734223CN', 'china-ems')]);
    expect(res.json.data).toMatchObject({ submitted: 2, change: 1, trackings: [ref('RP893531375SG', 'singapore-post')] });
    t.clock.tick(10 * 60_000);
    const after = await t.call('GET', '/trackings/singapore-post/RP893531375SG');
    expect(after.json.data).toMatchObject({ status: 'notfound', track_update: false });
  });
});
