import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/grammar';
import { readTransitRow } from '../../src/commands/transit-stats';
import type { Tracking } from '../../src/core/tracking-api';
import { statusBadge } from '../../src/messages/badge';
import { parseErrorView, trackingMoreErrorView, unknownCarrierView } from '../../src/messages/error-view';
import { STATUSES, type ButtonAction, type SelectAction } from '../../src/messages/model';
import { trackingView } from '../../src/messages/tracking-view';
import type { TrackingMoreErrorKind } from '../../src/trackingmore/errors';

function events(count: number, day: number) {
  return Array.from({ length: count }, (_, i) => ({
    Date: `2024-04-${String(day + i).padStart(2, '0')} 10:00:00`,
    StatusDescription: `event ${day + i}`,
    Details: i % 2 ? 'Milano' : '',
  }));
}

const tracking: Tracking = {
  tracking_number: '300403513351',
  carrier_code: '4px',
  status: 'transit',
  substatus: 'transit002',
  title: 'cute pillow',
  original_country: 'China',
  destination_country: 'Italy',
  itemTimeLength: 9,
  lastUpdateTime: '2024-04-12 10:00:00',
  origin_info: { weblink: '//www.4px.com/', trackinfo: events(7, 1) },
  destination_info: { trackinfo: events(5, 8) },
};

describe('statusBadge', () => {
  it('has one emoji and a localized label for every status', () => {
    const emojis = new Set(STATUSES.map((s) => statusBadge(s).emoji));
    expect(emojis.size).toBe(STATUSES.length);
    expect(statusBadge('delivered', 'en-GB')).toEqual({ status: 'delivered', emoji: '✅', label: 'Delivered' });
    expect(statusBadge('delivered', 'it').label).toBe('Consegnata');
  });
});

describe('trackingView', () => {
  const view = trackingView(tracking, { locale: 'en', carrierCandidates: [{ code: 'yanwen', name: 'Yanwen' }] });

  it('uses the label as title and shows badge and fields', () => {
    expect(view.kind).toBe('tracking');
    expect(view.title).toBe('cute pillow');
    expect(view.badge?.status).toBe('transit');
    expect(view.fields).toEqual(
      expect.arrayContaining([
        { label: 'Carrier', value: '4px', inline: true },
        { label: 'Route', value: 'China → Italy', inline: true },
        { label: 'Days in transit', value: '9', inline: true },
        { label: 'Detail', value: 'transit002', inline: true },
      ]),
    );
    expect(view.url).toBe('https://www.4px.com/');
    expect(view.visibility).toBe('private');
  });

  it('falls back to carrier + number without a title', () => {
    expect(trackingView({ ...tracking, title: '' }).title).toBe('4px 300403513351');
  });

  it('merges both legs newest first, capped at 8, with "n more"', () => {
    expect(view.timeline?.events).toHaveLength(8);
    expect(view.timeline?.events[0]?.description).toBe('event 12');
    expect(view.timeline?.events[7]?.description).toBe('event 5');
    expect(view.timeline?.more).toBe(4);
    expect(view.timeline?.moreLabel).toBe('4 older events');
    expect(trackingView(tracking, { locale: 'it' }).timeline?.moreLabel).toBe('altri 4 eventi precedenti');
  });

  it('says there are no events yet instead of an empty timeline', () => {
    const empty = trackingView({ ...tracking, origin_info: { trackinfo: [] }, destination_info: null });
    expect(empty.timeline).toBeUndefined();
    expect(empty.text).toBe('No events yet.');
  });

  it('every action command round-trips through the parser', () => {
    const buttons = (view.actions ?? []).filter((a): a is ButtonAction => a.type === 'button');
    expect(buttons.map((b) => parseCommand(b.command))).toEqual([
      { ok: true, invocation: { name: 'refresh', args: { carrier: '4px', number: '300403513351' } } },
      { ok: true, invocation: { name: 'watch', args: { carrier: '4px', number: '300403513351' } } },
      { ok: true, invocation: { name: 'delete', args: { carrier: '4px', number: '300403513351', confirm: 'confirm' } } },
    ]);
    const remove = buttons[2];
    expect(remove?.style).toBe('danger');
    expect(remove?.confirm?.text).toContain('4px 300403513351');
    const select = view.actions?.find((a): a is SelectAction => a.type === 'select');
    expect(select?.options[0]).toMatchObject({ label: 'Yanwen', command: 'carrier 4px 300403513351 yanwen' });
    expect(select?.options.some((o) => o.command.endsWith(' 4px'))).toBe(false);
    for (const option of select?.options ?? []) expect(parseCommand(option.command)).toMatchObject({ ok: true, invocation: { name: 'carrier' } });
    const searched = select?.searchCarriersCommand?.replace('{carrier}', 'dhl') ?? '';
    expect(parseCommand(searched)).toEqual({
      ok: true,
      invocation: { name: 'carrier', args: { carrier: '4px', number: '300403513351', 'new-carrier': 'dhl' } },
    });
  });

  it('offers Unwatch when the channel already watches it', () => {
    const watched = trackingView(tracking, { watching: true });
    expect(watched.actions?.map((a) => (a.type === 'button' ? a.command : a.type))).toContain('unwatch 4px 300403513351');
  });

  it('puts the typical transit time in the footer', () => {
    const row = readTransitRow([{ total: 500, delivered: 480, range1: 50, range3: 35, range4: 10, range5: 5 }]);
    expect(row).toBeDefined();
    const withFooter = trackingView(tracking, { transit: { from: 'CN', to: 'IT', row: row! } });
    expect(withFooter.footer).toBe('Typical transit 4px CN→IT: 85% within 15 days (500 parcels)');
  });
});

describe('error views', () => {
  const kinds: TrackingMoreErrorKind[] = [
    'invalid-key', 'bad-request', 'number-required', 'invalid-number', 'invalid-carrier', 'already-exists', 'not-found',
    'needs-activation', 'no-balance', 'too-many-items', 'carrier-undetectable', 'invalid-status', 'forbidden', 'conflict',
    'method-not-allowed', 'rate-limited', 'server-error', 'unknown', 'timeout', 'network', 'malformed-response',
  ];
  it('maps every TrackingMore error kind to its own private error message', () => {
    const texts = kinds.map((kind) => trackingMoreErrorView(kind, 'en'));
    for (const message of texts) expect(message).toMatchObject({ kind: 'error', visibility: 'private' });
    expect(new Set(texts.map((m) => m.text)).size).toBe(kinds.length);
  });

  it('explains parse errors with what to type', () => {
    expect(parseErrorView({ kind: 'missing-option', command: 'watch', option: 'number' }).text).toBe(
      '`watch` needs a number. Usage: `watch <carrier> <number> [statuses, e.g. delivered,exception]`',
    );
    expect(parseErrorView({ kind: 'invalid-option', command: 'list', option: 'status', value: 'x' }).text).toContain('pending, notfound');
    expect(parseErrorView({ kind: 'unknown-command', word: 'lst', suggestion: 'list' }, 'it').text).toBe(
      'Non conosco il comando `lst`. Forse intendevi `list`?',
    );
  });

  it('suggests a carrier', () => {
    expect(unknownCarrierView('dhx', { code: 'dhl', example: 'dhl 1234567890' }).text).toBe(
      'Unknown carrier `dhx`. Did you mean `dhl`? Try: `dhl 1234567890`',
    );
  });
});
