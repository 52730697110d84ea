import { describe, expect, it } from 'vitest';
import { findCarrier } from '../../src/sandbox/carriers';
import { planJourney } from '../../src/sandbox/journeys';
import { useSandbox } from './harness';

const STEP_MS = 30_000;
const ENDINGS = ['delivered', 'exception', 'undelivered'];

describe('journey plans', () => {
  const dhl = findCarrier('dhl')!;

  it('are the same for the same number and end in delivered, exception or undelivered', () => {
    expect(planJourney(dhl, '1234567890')).toEqual(planJourney(dhl, '1234567890'));
    const endings = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const steps = planJourney(dhl, `${1000000000 + i}`).steps;
      expect(['notfound', 'transit']).toContain(steps[0]?.status);
      endings.add(steps.at(-1)!.status);
    }
    expect([...endings].sort()).toEqual([...ENDINGS].sort());
  });

  it('go to the destination asked for; postal items hand over to the destination post', () => {
    const journey = planJourney(findCarrier('china-post')!, 'RR123456785CN', 'it');
    expect(journey.destination.name).toBe('Italy');
    expect(journey.steps.some((s) => s.leg === 'destination')).toBe(true);
  });
});

describe('sandbox: journeys move with simulated time', () => {
  const t = useSandbox({ stepMs: STEP_MS });
  const get = async () => (await t.call('GET', '/trackings/dhl/1234567890')).json.data;

  it('a new tracking is pending, then gains one event per step as the clock moves', async () => {
    await t.call('POST', '/trackings/post', { tracking_number: '1234567890', carrier_code: 'dhl' });
    expect(await get()).toMatchObject({ status: 'pending', updated_at: null, lastEvent: '' });
    t.clock.tick(STEP_MS - 1);
    expect((await get()).status).toBe('pending');
    t.clock.tick(1);
    const first = await get();
    expect(['notfound', 'transit']).toContain(first.status);
    expect(first.origin_info.trackinfo).toHaveLength(1);
    expect(first.updated_at).toBe('2024-05-01T10:00:30+00:00');
    t.clock.tick(2 * STEP_MS);
    const third = await get();
    expect(third.origin_info.trackinfo).toHaveLength(3);
    expect(third.origin_info.trackinfo[0].Date).toBe('2024-05-01 10:01:30');
    t.clock.tick(100 * STEP_MS);
    const done = await get();
    expect(ENDINGS).toContain(done.status);
    expect(done.track_update).toBe(true);
    const events = done.origin_info.trackinfo.length + (done.destination_info?.trackinfo.length ?? 0);
    t.clock.tick(100 * STEP_MS);
    const later = await get();
    expect(later.origin_info.trackinfo.length + (later.destination_info?.trackinfo.length ?? 0)).toBe(events);
  });

  it('advance() moves one tracking a step, or straight to a status, or every moving one', async () => {
    t.sandbox.addTracking({ carrier: 'dhl', number: '1234567890' });
    t.sandbox.addTracking({ carrier: 'ups', number: '1Z999AA10123456784' });
    t.sandbox.advance({ carrier: 'dhl', number: '1234567890' });
    expect((await get()).origin_info.trackinfo).toHaveLength(1);
    expect(t.sandbox.tracking({ carrier: 'ups', number: '1Z999AA10123456784' })?.status).toBe('pending');
    t.sandbox.advance();
    expect((await get()).origin_info.trackinfo).toHaveLength(2);
    expect(t.sandbox.tracking({ carrier: 'ups', number: '1Z999AA10123456784' })?.status).not.toBe('pending');
    t.sandbox.advance({ carrier: 'dhl', number: '1234567890' }, 'pickup');
    expect((await get()).status).toBe('pickup');
    t.sandbox.advance({ carrier: 'dhl', number: '1234567890' }, 'expired');
    const expired = await get();
    expect(expired).toMatchObject({ status: 'expired', lastEvent: expect.stringContaining('expired') });
  });

  it('addTracking takes the events it is given', async () => {
    t.sandbox.addTracking({
      carrier: 'dhl',
      number: '1234567890',
      status: 'transit',
      title: 'lamp',
      events: [
        { at: Date.UTC(2024, 3, 28, 8, 0, 0), description: 'Picked up', location: 'Leipzig' },
        { at: Date.UTC(2024, 3, 29, 9, 30, 0), description: 'Departed hub', location: 'Leipzig', substatus: 'transit002' },
      ],
    });
    const data = await get();
    expect(data).toMatchObject({
      status: 'transit',
      substatus: 'transit002',
      title: 'lamp',
      lastEvent: 'Departed hub,Leipzig,2024-04-29 09:30:00',
      lastUpdateTime: '2024-04-29 09:30:00',
    });
    expect(data.origin_info.trackinfo.map((e: { StatusDescription: string }) => e.StatusDescription)).toEqual([
      'Departed hub',
      'Picked up',
    ]);
  });

  it('a status set by hand holds the journey until 8 restores it', async () => {
    t.sandbox.addTracking({ carrier: 'dhl', number: '1234567890', status: 'transit' });
    await t.call('PUT', '/trackings/dhl/1234567890', { status: 7 });
    t.clock.tick(100 * STEP_MS);
    expect((await get()).status).toBe('exception');
    await t.call('PUT', '/trackings/dhl/1234567890', { status: 8 });
    expect((await get()).status).toBe('transit');
    t.clock.tick(STEP_MS);
    expect((await get()).status).not.toBe('transit');
  });
});
