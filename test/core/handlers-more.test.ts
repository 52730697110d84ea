import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Keyv from 'keyv';
import { createCore } from '../../src/core';
import type { ButtonAction } from '../../src/messages/model';
import { TrackingMoreClient } from '../../src/trackingmore';
import { MemorySubscriptions, slackUser, startHarness, type Harness } from './harness';

const alice = slackUser('UALICE');
const bob = slackUser('UBOB');
const admin = slackUser('UADMIN');

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('add, archive, stop', () => {
  it('adds in one batch and reports per-item errors', async () => {
    const reply = await h.core.handleText('add dhl 5555555555 4px 300403513351', alice);
    expect(reply.title).toBe('Added 1 of 2');
    expect(reply.text).toBe('Not added:\n• 4px 300403513351: That tracking already exists. Show it with `<carrier> <number>`.');
    expect((await h.core.handleText('delete dhl 5555555555', alice)).kind).toBe('confirm');
  });

  it('sends batches of at most 40', async () => {
    const pairs = Array.from({ length: 41 }, (_, i) => `dhl ${String(7000000000 + i)}`).join(' ');
    const reply = await h.core.handleText(`add ${pairs}`, alice);
    expect(reply.title).toBe('Added 41 of 41');
    expect(h.sandbox.calls.batchCreateTrackings).toBe(2);
  });

  it('archives and stops for the owner; refuses others', async () => {
    await h.core.handleText('add dhl 5555555555 dhl 6666666666', alice);
    expect((await h.core.handleText('archive dhl 5555555555 dhl 6666666666', bob)).kind).toBe('error');
    expect(h.sandbox.calls.updateTrackings).toBe(0);
    expect(await h.core.handleText('archive dhl 5555555555 dhl 6666666666', alice)).toMatchObject({ text: 'Archived 2 tracking(s).' });
    expect(h.sandbox.tracking({ carrier: 'dhl', number: '5555555555' })).toMatchObject({ archived: true });
    expect(await h.core.handleText('stop dhl 5555555555 confirm', alice)).toMatchObject({ text: 'Stopped updating 1 tracking(s).' });
    expect(h.sandbox.calls.stopUpdating).toBe(1);
  });

  it('asks before it stops updating, with a button that carries every tracking and the confirmation', async () => {
    await h.core.handleText('add dhl 5555555555 ups 6666666666', alice);
    const question = await h.core.handleText('stop dhl 5555555555 ups 6666666666', alice);
    expect(question).toMatchObject({ kind: 'confirm', text: expect.stringContaining('(dhl 5555555555, ups 6666666666)') });
    expect(h.sandbox.calls.stopUpdating).toBe(0);
    const [button] = buttons(question.actions);
    expect(button?.command).toBe('stop dhl 5555555555 ups 6666666666 confirm');
    expect(await h.core.handleText(button?.command ?? '', alice)).toMatchObject({ text: 'Stopped updating 2 tracking(s).' });
    expect(h.sandbox.calls.stopUpdating).toBe(1);
  });
});

describe('watch, unwatch, watching', () => {
  it('subscribes this channel with the statuses and the current status as last notified', async () => {
    const reply = await h.core.handleText('watch 4px 300403513351 delivered,exception', alice);
    expect(reply.text?.split('\n')[0]).toBe('This channel now gets updates for 4px 300403513351 (delivered, exception).');
    expect(h.subscriptions.all).toEqual([
      {
        platform: 'slack', workspaceId: 'T1', channelId: 'C1', carrier: '4px', number: '300403513351', addedBy: 'UALICE',
        statuses: ['delivered', 'exception'], lastNotifiedStatus: 'transit', createdAt: '2024-05-01T10:00:00.000Z',
      },
    ]);
    expect(buttons(reply.actions).map((b) => b.command)).toContain('unwatch 4px 300403513351');
  });

  it('creates the tracking when needed', async () => {
    await h.core.handleText('watch dhl 5555555555', alice);
    expect(h.sandbox.calls.createTracking).toBe(1);
    expect(h.subscriptions.all[0]).toMatchObject({ carrier: 'dhl', number: '5555555555', lastNotifiedStatus: expect.any(String) });
    expect(h.subscriptions.all[0]?.statuses).toBeUndefined();
  });

  it('subscribes nothing for an already delivered parcel', async () => {
    const reply = await h.core.handleText('watch ups 1Z999AA10123456784', alice);
    expect(reply.text?.split('\n')[0]).toBe('ups 1Z999AA10123456784 is already delivered, so there is nothing to watch.');
    expect(h.subscriptions.all).toEqual([]);
  });

  it('subscribes nothing for an expired parcel', async () => {
    h.sandbox.addTracking({ carrier: 'dhl', number: '4444444444', status: 'expired' });
    const reply = await h.core.handleText('watch dhl 4444444444', alice);
    expect(reply.text?.split('\n')[0]).toBe('dhl 4444444444 has expired: TrackingMore reports nothing more on it, so there is nothing to watch.');
    expect(h.subscriptions.all).toEqual([]);
  });

  it('refuses a tracking someone else added', async () => {
    await h.core.handleText('dhl 5555555555', alice);
    expect((await h.core.handleText('watch dhl 5555555555', bob)).kind).toBe('error');
    expect(h.subscriptions.all).toEqual([]);
  });

  it('lists what the channel watches with Unwatch buttons that work', async () => {
    expect((await h.core.handleText('watching', alice)).text).toBe('This channel watches nothing. Try: `watch dhl 1234567890`');
    await h.core.handleText('watch 4px 300403513351', alice);
    await h.core.handleText('watch dhl 1234567890 delivered', alice);
    const list = await h.core.handleText('watching', bob);
    expect(list.text).toBe('• 4px 300403513351 (every status change)\n• dhl 1234567890 (delivered)');
    const unwatch = buttons(list.actions)[1]!;
    expect(unwatch.command).toBe('unwatch dhl 1234567890');
    expect((await h.core.handleText(unwatch.command, bob)).kind).toBe('error');
    expect(await h.core.handleText(unwatch.command, alice)).toMatchObject({ text: 'This channel no longer gets updates for dhl 1234567890.' });
    expect(h.subscriptions.all.map((s) => s.number)).toEqual(['300403513351']);
    expect((await h.core.handleText(unwatch.command, alice)).text).toBe('This channel was not watching dhl 1234567890.');
  });
});

describe('account-level commands', () => {
  it('stats counts per status', async () => {
    const reply = await h.core.handleText('stats', alice);
    expect(reply.fields).toContainEqual({ label: '🚚 In transit', value: '1', inline: true });
    expect(reply.fields).toHaveLength(8);
  });

  it('account shows balance and quota, never the e-mail (it is the webhook signing key)', async () => {
    const reply = await h.core.handleText('account', alice);
    expect(reply.title).toBe('TrackingMore account');
    expect(reply.fields?.map((f) => f.label)).toEqual(expect.arrayContaining(['Balance', 'Tracking quota left']));
    expect(JSON.stringify(reply)).not.toContain('sandbox@trackbot.invalid');
    expect(JSON.stringify(reply)).not.toContain('@');
  });

  it('carriers searches the list, fetched once and cached; autocomplete uses the same list', async () => {
    const reply = await h.core.handleText('carriers china', alice);
    expect(reply.text?.split('\n')).toEqual(expect.arrayContaining(['china-post — China post', 'china-ems — China EMS']));
    expect((await h.core.handleText('carriers zzzz', alice)).kind).toBe('error');
    expect((await h.core.completeCarriers('dh', 3))[0]).toEqual({ code: 'dhl', name: 'DHL' });
    await h.core.handleText('dhx 123456', alice);
    expect(h.sandbox.calls.listCarriers).toBe(1);
  });

  it('remote lists the carriers that call the postcode remote', async () => {
    const reply = await h.core.handleText('remote JP 7621094 ups', alice);
    expect(reply.text).toBe('ups: remote (Japan 7621094)');
    expect((await h.core.handleText('remote IT 40100', alice)).text).toBe('Not a remote area for any listed carrier.');
  });

  it('transit shows the statistics of a route', async () => {
    const reply = await h.core.handleText('transit dhl cn us', alice);
    expect(reply.title).toBe('Transit time dhl CN→US');
    expect(reply.fields?.map((f) => f.label)).toEqual(['Parcels counted', 'Delivered', '0–7 days', '8–15 days', '16–30 days', '31–60 days']);
    expect((await h.core.handleText('transit dhl cn zz', alice)).text).toBe('TrackingMore has no transit statistics for dhl CN→ZZ.');
  });

  it('air shows the flight events newest first', async () => {
    const reply = await h.core.handleText('air 172-28891936', alice);
    expect(reply.title).toBe('Air waybill 172-28891936');
    const times = reply.timeline?.events.map((e) => e.time) ?? [];
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('help lists every command, explains one, and suggests for a typo', async () => {
    const all = await h.core.handleText('help', alice);
    expect(all.kind).toBe('help');
    expect(all.text).toContain('`watch <carrier> <number> [statuses, e.g. delivered,exception]`');
    const one = await h.core.handleText('help rm', alice);
    expect(one).toMatchObject({ kind: 'help', title: 'delete' });
    expect((await h.core.handleText('help wach', alice)).text).toContain('Did you mean `watch`?');
  });
});

describe('errors', () => {
  it('turns a TrackingMore failure into its one reply', async () => {
    h.sandbox.injectFault({ op: 'getTracking', kind: 'meta-error', code: 4021 });
    const reply = await h.core.handleText('4px 300403513351', alice);
    expect(reply).toEqual({
      kind: 'error',
      text: 'The TrackingMore account is out of credit or quota. Ask whoever runs the bot to recharge it.',
      visibility: 'private',
    });
  });

  it('parse errors are replies too', async () => {
    expect(await h.core.handleText('list shipped', alice)).toMatchObject({ kind: 'error', text: expect.stringContaining('Choose from: pending') });
    expect(await h.core.run('watch', { carrier: 'dhl' }, alice)).toMatchObject({ kind: 'error', text: expect.stringContaining('needs a number') });
  });

  it('run() takes structured options', async () => {
    const reply = await h.core.run('show', { carrier: '4PX', number: '300403513351' }, alice);
    expect(reply.title).toBe('cute pillow');
  });

  it('an unexpected exception becomes a generic reply without details, handed to the caller to log', async () => {
    class Broken extends TrackingMoreClient {
      override getUserInfo(): never {
        throw new TypeError('boom with sandbox-key inside');
      }
    }
    const unexpected: unknown[] = [];
    const core = createCore({
      tm: new Broken({ apiKey: 'sandbox-key', baseUrl: h.sandbox.url }),
      subscriptions: new MemorySubscriptions(),
      kv: new Keyv(),
      config: { slackAdminUserIds: [], discordAdminRoleIds: [] },
      onUnexpectedError: (error) => unexpected.push(error),
    });
    const reply = await core.handleText('account', alice);
    expect(reply.kind).toBe('error');
    expect(JSON.stringify(reply)).not.toMatch(/boom|sandbox-key|TypeError/);
    expect(unexpected).toHaveLength(1);
  });

  it('a refused API key never shows the key', async () => {
    const core = createCore({
      tm: new TrackingMoreClient({ apiKey: 'wrong-secret-key', baseUrl: h.sandbox.url }),
      subscriptions: new MemorySubscriptions(),
      kv: new Keyv(),
      config: { slackAdminUserIds: [], discordAdminRoleIds: [] },
    });
    const reply = await core.handleText('stats', alice);
    expect(reply.text).toBe('The TrackingMore API key was refused. Ask whoever runs the bot to check it.');
    expect(JSON.stringify(reply)).not.toContain('wrong-secret-key');
    expect(await core.completeCarriers('dh')).toEqual([]);
  });
});

function buttons(actions: unknown): ButtonAction[] {
  return ((actions ?? []) as ButtonAction[]).filter((a) => a.type === 'button');
}
