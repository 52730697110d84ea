import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox';
import type { Sandbox } from '../../src/sandbox/types';
import { TrackingMoreClient } from '../../src/trackingmore/client';
import type { TrackingMoreErrorKind } from '../../src/trackingmore/errors';
import { rejection } from './expectations';
import { fakeClock } from './fake-clock';

const DEMO = { carrier: '4px', number: '300403513351' } as const;
const UNKNOWN = { carrier: 'dhl', number: '5550001112' } as const;
const ref = (t: { carrier: string; number: string }) => ({ carrier_code: t.carrier, tracking_number: t.number });

let sandbox: Sandbox;
let client: TrackingMoreClient;

function clientWithKey(apiKey: string): TrackingMoreClient {
  const clock = fakeClock(); // spacing waits are recorded, not slept
  return new TrackingMoreClient({ apiKey, baseUrl: sandbox.url, sleep: clock.sleep, now: clock.now });
}

beforeEach(async () => {
  sandbox = await startSandbox();
  client = clientWithKey('sandbox-key');
});
afterEach(async () => {
  expect(sandbox.specViolations).toEqual([]);
  await sandbox.close();
});

async function expectError(call: Promise<unknown>, kind: TrackingMoreErrorKind, code: number): Promise<void> {
  expect(await rejection(call)).toMatchObject({ kind, code });
}

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ tracking_number: `77700000${String(i).padStart(4, '0')}`, carrier_code: 'dhl' }));

describe('TrackingMoreClient against the sandbox: single trackings', () => {
  it('createTracking creates, then refuses the duplicate with 4016', async () => {
    const created = await client.createTracking({ ...ref(UNKNOWN), title: 'lamp' });
    expect(created).toMatchObject({ tracking_number: UNKNOWN.number, carrier_code: 'dhl', title: 'lamp' });
    await expectError(client.createTracking(ref(UNKNOWN)), 'already-exists', 4016);
  });

  it('getTracking returns the tracking; a number never created is 4031', async () => {
    const tracking = await client.getTracking(DEMO.carrier, DEMO.number);
    expect(tracking).toMatchObject({ tracking_number: DEMO.number, carrier_code: '4px', status: 'transit' });
    await expectError(client.getTracking(UNKNOWN.carrier, UNKNOWN.number), 'not-found', 4031);
  });

  it('getTrackingInLanguage returns the tracking; unknown is 4031', async () => {
    expect(await client.getTrackingInLanguage(DEMO.carrier, DEMO.number, 'it')).toMatchObject({ tracking_number: DEMO.number });
    await expectError(client.getTrackingInLanguage(UNKNOWN.carrier, UNKNOWN.number, 'it'), 'not-found', 4031);
  });

  it('updateTracking changes fields; unknown is 4017', async () => {
    const updated = await client.updateTracking(DEMO.carrier, DEMO.number, { title: 'new title' });
    expect(updated).toMatchObject({ tracking_number: DEMO.number, title: 'new title' });
    await expectError(client.updateTracking(UNKNOWN.carrier, UNKNOWN.number, { title: 'x' }), 'not-found', 4017);
  });

  it('deleteTracking deletes once; the second time is 4017', async () => {
    await client.deleteTracking(DEMO.carrier, DEMO.number);
    expect(sandbox.tracking(DEMO)).toBeUndefined();
    await expectError(client.deleteTracking(DEMO.carrier, DEMO.number), 'not-found', 4017);
  });

  it('realtimeTracking returns one item; unknown is 4017', async () => {
    const result = await client.realtimeTracking(ref(DEMO));
    expect(result.items?.[0]).toMatchObject({ tracking_number: DEMO.number });
    await expectError(client.realtimeTracking(ref(UNKNOWN)), 'not-found', 4017);
  });

  it('updateCarrier moves the tracking; a bad carrier is 4015', async () => {
    await client.updateCarrier({ ...ref(DEMO), update_carrier_code: 'fedex' });
    expect(sandbox.tracking({ carrier: 'fedex', number: DEMO.number })).toBeDefined();
    await expectError(
      client.updateCarrier({ carrier_code: 'fedex', tracking_number: DEMO.number, update_carrier_code: 'no-such-carrier' }),
      'invalid-carrier',
      4015,
    );
  });
});

describe('TrackingMoreClient against the sandbox: many trackings', () => {
  it('batchCreateTrackings reports added and duplicate rows; 41 items is 4020', async () => {
    const result = await client.batchCreateTrackings([ref(UNKNOWN), ref(DEMO)]);
    expect(result).toMatchObject({ submitted: 2, added: 1 });
    expect(result.errors?.map((e) => e.code)).toEqual([4016]);
    await expectError(client.batchCreateTrackings(many(41)), 'too-many-items', 4020);
  });

  it('listTrackings pages the trackings; an invalid status filter is 4033', async () => {
    const list = await client.listTrackings({ page: 1, limit: 50 });
    expect(list.items?.map((t) => t.tracking_number)).toContain(DEMO.number);
    await expectError(client.listTrackings({ status: 'lost' as never }), 'invalid-status', 4033);
  });

  it('updateTrackings updates known rows; 41 items is 4020', async () => {
    const result = await client.updateTrackings([{ ...ref(DEMO), title: 'bulk' }, ref(UNKNOWN)]);
    expect(result).toMatchObject({ submitted: 2 });
    expect(sandbox.tracking(DEMO)).toMatchObject({ title: 'bulk' });
    await expectError(client.updateTrackings(many(41)), 'too-many-items', 4020);
  });

  it('deleteTrackings deletes known rows; 41 items is 4020', async () => {
    const result = await client.deleteTrackings([ref(DEMO)]);
    expect(result).toMatchObject({ submitted: 1, delete: 1 });
    expect(sandbox.tracking(DEMO)).toBeUndefined();
    await expectError(client.deleteTrackings(many(41)), 'too-many-items', 4020);
  });

  it('stopUpdating switches updates off; an empty list is 4012', async () => {
    expect(await client.stopUpdating([ref(DEMO)])).toMatchObject({ submitted: 1, change: 1 });
    await expectError(client.stopUpdating([]), 'bad-request', 4012);
  });
});

describe('TrackingMoreClient against the sandbox: account, carriers and look-ups', () => {
  it('getUserInfo returns the account; a wrong key is 4001', async () => {
    expect(await client.getUserInfo()).toMatchObject({ money: 999 });
    await expectError(clientWithKey('wrong-key').getUserInfo(), 'invalid-key', 4001);
  });

  it('getStatusNumber counts per status; a wrong key is 4001', async () => {
    expect(await client.getStatusNumber()).toMatchObject({ transit: 1, delivered: 1, pickup: 1, exception: 1, notfound: 1 });
    await expectError(clientWithKey('wrong-key').getStatusNumber({}), 'invalid-key', 4001);
  });

  it('checkRemote finds remote areas; an empty list is 4012', async () => {
    const result = await client.checkRemote([{ country: 'JP', postcode: '7621094', company: 'ups' }]);
    expect(result.remote?.[0]).toMatchObject({ far_express_company: 'ups', two_code: 'JP' });
    await expectError(client.checkRemote([]), 'bad-request', 4012);
  });

  it('getCostTime returns route statistics; 41 routes is 4020', async () => {
    const rows = await client.getCostTime([{ carrier_code: 'dhl', original: 'CN', destination: 'US' }]);
    // The spec accepts an array or a single object here (the real shape is unconfirmed); the sandbox sends an array.
    expect(Array.isArray(rows) ? rows[0] : rows).toMatchObject({ carrier_code: 'dhl', original: 'CN', destination: 'US' });
    const routes = Array.from({ length: 41 }, () => ({ carrier_code: 'dhl', original: 'CN', destination: 'US' }));
    await expectError(client.getCostTime(routes), 'too-many-items', 4020);
  });

  it('getAirCargo tracks an air waybill; a malformed AWB is 4012', async () => {
    const awbs = await client.getAirCargo({ track_number: ['172-28891936'] });
    expect(Array.isArray(awbs) ? awbs[0] : awbs).toMatchObject({ track_number: '172-28891936' });
    await expectError(client.getAirCargo({ track_number: 'not-an-awb' }), 'bad-request', 4012);
  });

  it('listCarriers lists carriers; a wrong key is HTTP 401 with 4001', async () => {
    const carriers = await client.listCarriers('it');
    expect(carriers.map((c) => c.code)).toContain('china-post');
    await expectError(clientWithKey('wrong-key').listCarriers(), 'invalid-key', 4001);
  });

  it('detectCarrier suggests carriers; an undetectable number is 4032', async () => {
    const candidates = await client.detectCarrier('RR123456785CN');
    expect(candidates.map((c) => c.code)).toEqual(['china-post', 'china-ems']);
    await expectError(client.detectCarrier('QQQQQQQ'), 'carrier-undetectable', 4032);
  });
});
