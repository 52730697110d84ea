import Keyv from 'keyv';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { KeyvSubscriptionStore } from '../../src/subscriptions/keyv-subscription-store';
import type { SubscriptionStore } from '../../src/subscriptions/store';
import { normalizeRef } from '../../src/subscriptions/subscription-keys';
import { TrackingMoreClient } from '../../src/trackingmore';
import { slackUser } from './harness';

const alice = slackUser('UALICE');
const bob = slackUser('UBOB');

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** The core on the real keyv subscription store (in-memory Keyv), as the watcher reads it. */
async function start(): Promise<{ core: Core; subscriptions: SubscriptionStore; sandbox: Sandbox }> {
  sandbox = await startSandbox({ logger: { warn: () => {} } });
  const subscriptions = new KeyvSubscriptionStore(new Keyv(), async () => {});
  const core = createCore({
    tm: new TrackingMoreClient({ apiKey: 'sandbox-key', baseUrl: sandbox.url }),
    subscriptions,
    kv: new Keyv(),
    config: { slackAdminUserIds: [], discordAdminRoleIds: [] },
  });
  return { core, subscriptions, sandbox };
}

describe('tracking numbers are keyed as TrackingMore knows them, whatever case was typed', () => {
  it('normalizeRef lower-cases carriers and upper-cases numbers, trimmed', () => {
    expect(normalizeRef({ carrier: ' DHL ', number: ' abc1234567 ' })).toEqual({ carrier: 'dhl', number: 'ABC1234567' });
  });

  it('a channel watching `ABC…` is found by the watcher looking up `abc…` (and the other way round)', async () => {
    const { core, subscriptions } = await start();
    expect((await core.handleText('show dhl abc1234567', alice)).kind).toBe('tracking');
    const watched = await core.handleText('watch dhl ABC1234567', alice);
    expect(watched.text?.split('\n')[0]).toContain('now gets updates');
    expect(await subscriptions.listByTracking({ carrier: 'dhl', number: 'abc1234567' })).toHaveLength(1);
    expect(await subscriptions.listByTracking({ carrier: 'dhl', number: 'ABC1234567' })).toHaveLength(1);
    // The view of this channel knows it is watched, and unwatch works with either spelling.
    expect((await core.handleText('unwatch dhl abc1234567', alice)).text).toBe(
      'This channel no longer gets updates for dhl abc1234567.',
    );
    expect(await subscriptions.listByTracking({ carrier: 'dhl', number: 'ABC1234567' })).toEqual([]);
  });

  it('the owner of `abc…` owns `ABC…` too', async () => {
    const { core, sandbox: tm } = await start();
    await core.handleText('show dhl abc1234567', alice);
    expect((await core.handleText('watch dhl ABC1234567', bob)).kind).toBe('error');
    expect(await core.handleText('delete dhl ABC1234567', alice)).toMatchObject({ kind: 'confirm' });
    await core.handleText('delete dhl ABC1234567 confirm', alice);
    expect(tm.tracking({ carrier: 'dhl', number: 'abc1234567' })).toBeUndefined();
  });
});

describe('fetchOrCreate keeps an existing owner', () => {
  it('after `already-exists` (someone created it between our GET and POST) the first adder stays the owner', async () => {
    const { core, sandbox: tm } = await start();
    await core.handleText('dhl 5555555555', bob);
    // Alice's GET says "not found" as if bob's POST had not landed yet; her POST then meets `already-exists`.
    tm.injectFault({ op: 'getTracking', kind: 'meta-error', code: 4017 }, 1);
    expect((await core.handleText('dhl 5555555555', alice)).kind).toBe('tracking');
    expect(tm.calls.createTracking).toBe(2);
    expect(await core.handleText('delete dhl 5555555555', alice)).toMatchObject({ kind: 'error' });
    expect(await core.handleText('delete dhl 5555555555', bob)).toMatchObject({ kind: 'confirm' });
  });
});
