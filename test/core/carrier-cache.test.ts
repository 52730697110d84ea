import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../src/core';
import { TrackingMoreClient } from '../../src/trackingmore';
import { MemorySubscriptions, slackUser, startHarness, type Harness } from './harness';

const alice = slackUser('UALICE');
const MINUTE = 60 * 1000;

let h: Harness;
beforeEach(async () => {
  // Only Date moves by hand (keyv's TTLs read Date.now); real timers keep the sockets going.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-05-01T10:00:00Z'));
  h = await startHarness();
});
afterEach(async () => {
  vi.useRealTimers();
  await h.close();
});

function advance(ms: number): void {
  vi.setSystemTime(Date.now() + ms);
}

describe('carrier detection cache', () => {
  it('an empty answer is kept only minutes: the number may become detectable', async () => {
    expect((await h.core.handleText('ZZ12345', alice)).kind).toBe('error');
    await h.core.handleText('ZZ12345', alice);
    expect(h.sandbox.calls.detectCarrier).toBe(1);
    advance(11 * MINUTE);
    await h.core.handleText('ZZ12345', alice);
    expect(h.sandbox.calls.detectCarrier).toBe(2);
  });

  it('a found carrier is kept for weeks', async () => {
    await h.core.handleText('1234567890', alice);
    advance(29 * 24 * 60 * MINUTE);
    expect((await h.core.handleText('1234567890', alice)).title).toBe('headphones');
    expect(h.sandbox.calls.detectCarrier).toBe(1);
  });
});

describe('carrier list', () => {
  it('is kept in memory: autocomplete keystrokes do not read the kv', async () => {
    await h.core.completeCarriers('d');
    const reads: string[] = [];
    h.kv.hooks.addHandler('preGet', ({ key }: { key: string }) => reads.push(key));
    h.kv.hooks.addHandler('preGetRaw', ({ key }: { key: string }) => reads.push(key));
    for (const query of ['dh', 'dhl', 'ups']) await h.core.completeCarriers(query);
    await h.core.handleText('carriers china', alice);
    expect(reads.filter((key) => key.includes('carriers:list'))).toEqual([]);
    expect(h.sandbox.calls.listCarriers).toBe(1);
  });

  it('survives a restart through the kv, and is fetched again after a day', async () => {
    await h.core.completeCarriers('d');
    const restarted = createCore({
      tm: new TrackingMoreClient({ apiKey: 'sandbox-key', baseUrl: h.sandbox.url }),
      subscriptions: new MemorySubscriptions(),
      kv: h.kv,
      config: { slackAdminUserIds: [], discordAdminRoleIds: [] },
    });
    expect((await restarted.completeCarriers('dhl', 1))[0]?.code).toBe('dhl');
    expect(h.sandbox.calls.listCarriers).toBe(1);
    advance(25 * 60 * MINUTE);
    await h.core.completeCarriers('dhl');
    await restarted.completeCarriers('dhl');
    expect(h.sandbox.calls.listCarriers).toBe(2);
  });
});
