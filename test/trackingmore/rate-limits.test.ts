import { describe, expect, it } from 'vitest';
import { RequestSpacer } from '../../src/trackingmore/rate-limits';
import { fakeClock } from './fake-clock';

describe('RequestSpacer', () => {
  it('spaces listTrackings 1 s apart and realtimeTracking a third of that, by default', async () => {
    const clock = fakeClock();
    const spacer = new RequestSpacer({}, clock.now, clock.sleep);
    for (let i = 0; i < 3; i++) await spacer.waitForSlot('listTrackings');
    expect(clock.sleeps).toEqual([1000, 1000]);
    expect(spacer.intervalMs('realtimeTracking')).toBe(334);
    expect(spacer.intervalMs('getTracking')).toBe(500);
  });

  it('queues concurrent callers instead of letting them fire together', async () => {
    const clock = fakeClock();
    const spacer = new RequestSpacer({}, () => clock.now(), async (ms) => void clock.sleeps.push(ms));
    await Promise.all([1, 2, 3].map(() => spacer.waitForSlot('listTrackings')));
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('keeps operations independent and honours overrides', async () => {
    const clock = fakeClock();
    const spacer = new RequestSpacer({ getTracking: 10 }, clock.now, clock.sleep);
    await spacer.waitForSlot('listTrackings');
    await spacer.waitForSlot('getTracking');
    await spacer.waitForSlot('getTracking');
    expect(clock.sleeps).toEqual([100]);
  });

  it('holds an operation off until a given time', async () => {
    const clock = fakeClock();
    const spacer = new RequestSpacer({}, clock.now, clock.sleep);
    spacer.holdOff('getTracking', clock.now() + 7000);
    await spacer.waitForSlot('getTracking');
    expect(clock.sleeps).toEqual([7000]);
  });
});
