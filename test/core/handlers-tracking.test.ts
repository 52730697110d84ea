import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/grammar';
import type { ButtonAction, SelectAction } from '../../src/messages/model';
import { createCore } from '../../src/core';
import type { Subscription } from '../../src/subscriptions/store';
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

function buttons(actions: unknown): ButtonAction[] {
  return ((actions ?? []) as ButtonAction[]).filter((a) => a.type === 'button');
}

describe('show', () => {
  it('shows an existing tracking without creating it, with the transit footer', async () => {
    const reply = await h.core.handleText('/track 4PX 300403513351', alice);
    expect(reply).toMatchObject({ kind: 'tracking', title: 'cute pillow', badge: { status: 'transit' }, visibility: 'private' });
    expect(reply.footer).toMatch(/^Typical transit 4px CN→[A-Z]{2}: \d+% within \d+ days \(\d+ parcels\)$/);
    expect(h.sandbox.calls.createTracking).toBe(0);
    expect(h.unexpected).toEqual([]);
  });

  it('creates a new tracking with label and options, records the adder, then shows it', async () => {
    const reply = await h.core.handleText('dhl 5555555555 new boots dest=IT postcode=40100', alice);
    expect(reply).toMatchObject({ kind: 'tracking', title: 'new boots' });
    expect(reply.text).toContain('Now tracking dhl 5555555555');
    expect(h.sandbox.calls.createTracking).toBe(1);
    expect(h.sandbox.tracking({ carrier: 'dhl', number: '5555555555' })).toMatchObject({ title: 'new boots' });
    expect(await h.core.handleText('delete dhl 5555555555', alice)).toMatchObject({ kind: 'confirm' });
    expect(await h.core.handleText('delete dhl 5555555555', bob)).toMatchObject({ kind: 'error' });
  });

  it('answers an unknown carrier with a suggestion and what to type', async () => {
    const reply = await h.core.handleText('dhx 1234567890', alice);
    expect(reply).toEqual({
      kind: 'error',
      text: 'Unknown carrier `dhx`. Did you mean `dhl`? Try: `dhl 1234567890`',
      visibility: 'private',
    });
    expect(h.sandbox.calls.getTracking).toBe(0);
  });

  it('replies in Italian to an Italian user', async () => {
    const reply = await h.core.handleText('4px 300403513351', slackUser('UIT', {}, 'it-IT'));
    expect(reply.badge?.label).toBe('In transito');
    expect(reply.fields?.[0]?.label).toBe('Corriere');
  });
});

describe('detect', () => {
  it('shows the one candidate, and caches the detect answer per number', async () => {
    const first = await h.core.handleText('1234567890', alice);
    expect(first).toMatchObject({ kind: 'tracking', title: 'headphones', badge: { status: 'exception' } });
    const second = await h.core.handleText('1234567890', bob);
    expect(second.title).toBe('headphones');
    expect(h.sandbox.calls.detectCarrier).toBe(1);
  });

  it('offers several candidates as choices whose commands are <carrier> <number>', async () => {
    const reply = await h.core.handleText('RR123456785CN', alice);
    const select = reply.actions?.[0] as SelectAction;
    expect(select.options.map((o) => o.command)).toEqual(['china-post RR123456785CN', 'china-ems RR123456785CN']);
    expect(parseCommand(select.options[0]!.command)).toEqual({
      ok: true,
      invocation: { name: 'show', args: { carrier: 'china-post', number: 'RR123456785CN' } },
    });
    const chosen = await h.core.handleText(select.options[0]!.command, alice);
    expect(chosen.title).toBe('phone case');
  });

  it('searches other carriers through a show template, so a carrier typed as a command word is not run as that command', async () => {
    const select = (await h.core.handleText('RR123456785CN', alice)).actions?.[0] as SelectAction;
    const typed = select.searchCarriersCommand?.replace('{carrier}', 'help') ?? '';
    expect(parseCommand(typed)).toEqual({ ok: true, invocation: { name: 'show', args: { carrier: 'help', number: 'RR123456785CN' } } });
  });

  it('says when the carrier cannot be detected', async () => {
    const reply = await h.core.handleText('ZZ12345', alice);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('could not detect the carrier');
  });
});

describe('list', () => {
  it('lists trackings with a select to open one, and pages', async () => {
    for (let i = 0; i < 8; i++) h.sandbox.addTracking({ carrier: 'dhl', number: `900000000${i}`, status: 'transit' });
    const reply = await h.core.handleText('list', alice);
    expect(reply.kind).toBe('list');
    expect(reply.text?.split('\n')).toHaveLength(10);
    expect(reply.footer).toBe('Page 1 of 2 (13 in all)');
    const next = buttons(reply.actions).find((b) => b.label === 'Next page');
    expect(next?.command).toBe('list 2');
    const second = await h.core.handleText(next!.command, alice);
    expect(second.text?.split('\n')).toHaveLength(3);
    expect(buttons(second.actions)).toEqual([]);
    const select = reply.actions?.[0] as SelectAction;
    expect(parseCommand(select.options[0]!.command)).toMatchObject({ ok: true, invocation: { name: 'show' } });
  });

  it('filters by status', async () => {
    const reply = await h.core.handleText('list delivered', alice);
    expect(reply.title).toBe('Trackings: Delivered');
    expect(reply.text).toBe('✅ ups 1Z999AA10123456784 — running shoes (Delivered)');
  });
});

describe('delete', () => {
  it('asks first, then deletes with the confirm button, dropping subscriptions', async () => {
    await h.core.handleText('watch 4px 300403513351', alice);
    const ask = await h.core.handleText('delete 4px 300403513351', alice);
    expect(ask.kind).toBe('confirm');
    const [button] = buttons(ask.actions);
    expect(button).toMatchObject({ style: 'danger', command: 'delete 4px 300403513351 confirm' });
    expect(h.sandbox.calls.deleteTracking).toBe(0);
    const done = await h.core.handleText(button!.command, alice);
    expect(done).toEqual({ kind: 'info', text: 'Deleted 4px 300403513351.', visibility: 'private' });
    expect(h.sandbox.tracking({ carrier: '4px', number: '300403513351' })).toBeUndefined();
    expect(h.subscriptions.all).toEqual([]);
  });

  it('refuses politely to someone who did not add it, changing nothing', async () => {
    await h.core.handleText('dhl 5555555555', alice);
    const reply = await h.core.handleText('delete dhl 5555555555 confirm', bob);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('only the person who added dhl 5555555555');
    expect(h.sandbox.calls.deleteTracking).toBe(0);
    expect(h.sandbox.tracking({ carrier: 'dhl', number: '5555555555' })).toBeDefined();
  });

  it('lets an admin delete what nobody recorded', async () => {
    await h.core.handleText('delete ups 1Z999AA10123456784 confirm', admin);
    expect(h.sandbox.tracking({ carrier: 'ups', number: '1Z999AA10123456784' })).toBeUndefined();
  });
});

describe('carrier', () => {
  it('moves the tracking, its adder and this channel\'s subscription to the new carrier', async () => {
    await h.core.handleText('watch fedex 123456789012', alice);
    const reply = await h.core.handleText('carrier fedex 123456789012 4PX', alice);
    expect(reply.kind).toBe('tracking');
    expect(reply.text?.split('\n')[0]).toBe('123456789012 now uses carrier 4px.');
    expect(h.sandbox.calls.updateCarrier).toBe(1);
    expect(h.subscriptions.all.map((s) => s.carrier)).toEqual(['4px']);
    expect((await h.core.handleText('delete 4px 123456789012', alice)).kind).toBe('confirm');
  });

  it('adds each subscription under the new carrier before removing the old: a failure in between loses nothing', async () => {
    class FailingAdds extends MemorySubscriptions {
      override async add(sub: Subscription): Promise<'added' | 'updated'> {
        if (sub.carrier === '4px') throw new Error('store went away');
        return super.add(sub);
      }
    }
    const subscriptions = new FailingAdds();
    const core = createCore({
      tm: new TrackingMoreClient({ apiKey: 'sandbox-key', baseUrl: h.sandbox.url }),
      subscriptions,
      kv: h.kv,
      config: { slackAdminUserIds: [], discordAdminRoleIds: [] },
    });
    await core.handleText('watch fedex 123456789012', alice);
    expect((await core.handleText('carrier fedex 123456789012 4px', alice)).kind).toBe('error');
    expect(subscriptions.all.map((s) => `${s.carrier} ${s.number}`)).toEqual(['fedex 123456789012']);
  });

  it('suggests a carrier for a misspelt new one', async () => {
    await h.core.handleText('fedex 123456789012', alice);
    const reply = await h.core.handleText('carrier fedex 123456789012 upz', alice);
    expect(reply.text).toBe('Unknown carrier `upz`. Did you mean `ups`? Try: `carrier fedex 123456789012 ups`');
    expect(h.sandbox.calls.updateCarrier).toBe(0);
  });

  it('is refused to others', async () => {
    const reply = await h.core.handleText('carrier 4px 300403513351 fedex', bob);
    expect(reply.kind).toBe('error');
    expect(h.sandbox.calls.updateCarrier).toBe(0);
  });
});

describe('refresh and edit', () => {
  it('refresh asks the carrier now (realtime)', async () => {
    const reply = await h.core.handleText('refresh 4px 300403513351', bob);
    expect(reply).toMatchObject({ kind: 'tracking', title: 'cute pillow' });
    expect(h.sandbox.calls.realtimeTracking).toBe(1);
  });

  it('edit changes the title for an admin', async () => {
    const reply = await h.core.handleText('edit 4px 300403513351 title="big pillow" order=O-7', admin);
    expect(reply.title).toBe('big pillow');
    expect(reply.fields).toContainEqual({ label: 'Order', value: 'O-7', inline: true });
  });

  it('edit without changes says what to type; others are refused', async () => {
    expect((await h.core.handleText('edit 4px 300403513351', admin)).text).toBe(
      'Nothing to change. Try: `edit 4px 300403513351 title="New title"`',
    );
    expect((await h.core.handleText('edit 4px 300403513351 title=x', bob)).kind).toBe('error');
    expect(h.sandbox.calls.updateTracking).toBe(0);
  });
});
