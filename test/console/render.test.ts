import { describe, expect, it } from 'vitest';
import { renderConfirmPrompt, renderMessage } from '../../adapters/console/render';
import type { BotMessage } from '../../src/messages/model';

const deleteConfirm = { title: 'Delete this tracking?', text: '4px 1 will be removed.', confirm: 'Delete', deny: 'Keep it' };

const tracking: BotMessage = {
  kind: 'tracking',
  title: '4PX 300403513351',
  badge: { status: 'transit', emoji: '🚚', label: 'In transit' },
  text: 'Shipped from Shenzhen',
  fields: [
    { label: 'Carrier', value: '4PX', inline: true },
    { label: 'Days in transit', value: '12' },
  ],
  timeline: {
    events: [
      { time: '2019-08-06 18:39:14', description: 'Arrived at facility', location: 'Memphis' },
      { time: '2019-08-05 09:00:00', description: 'Departed' },
    ],
    more: 3,
  },
  footer: 'Typical transit 4px CN→US: 80% within 15 days',
  url: 'https://track.4px.com',
  actions: [
    { type: 'button', label: 'Refresh', command: 'refresh 4px 300403513351', style: 'primary' },
    { type: 'button', label: 'Delete', command: 'delete 4px 300403513351', style: 'danger', confirm: deleteConfirm },
    {
      type: 'select',
      placeholder: 'Change carrier…',
      options: [
        { label: 'DHL', description: 'dhl', command: 'carrier 4px 300403513351 dhl' },
        { label: 'UPS', command: 'carrier 4px 300403513351 ups' },
      ],
      searchCarriersCommand: 'carrier 4px 300403513351 {carrier}',
    },
    { type: 'button', label: 'Watch here', command: 'watch 4px 300403513351' },
  ],
  visibility: 'private',
};

describe('renderMessage', () => {
  it('renders every part of a tracking in reading order', () => {
    const { text } = renderMessage(tracking);
    expect(text).toBe(
      [
        '4PX 300403513351 · 🚚 In transit',
        'Shipped from Shenzhen',
        '  Carrier:         4PX',
        '  Days in transit: 12',
        '  2019-08-06 18:39:14  Arrived at facility (Memphis)',
        '  2019-08-05 09:00:00  Departed',
        '  … 3 older events',
        'Typical transit 4px CN→US: 80% within 15 days',
        'https://track.4px.com',
        '[1] Refresh  [2] Delete',
        'Change carrier…',
        '  [3] DHL (dhl)',
        '  [4] UPS',
        '  > carrier 4px 300403513351 <carrier>',
        '[5] Watch here',
      ].join('\n'),
    );
  });

  it('numbers buttons and select options as choices, in display order', () => {
    const { choices } = renderMessage(tracking);
    expect(choices.map((choice) => choice.command)).toEqual([
      'refresh 4px 300403513351',
      'delete 4px 300403513351',
      'carrier 4px 300403513351 dhl',
      'carrier 4px 300403513351 ups',
      'watch 4px 300403513351',
    ]);
    expect(choices[1]?.confirm).toEqual(deleteConfirm);
    expect(choices[0]?.confirm).toBeUndefined();
  });

  it('localises the "more" line', () => {
    expect(renderMessage(tracking, 'it').text).not.toContain('3 older events');
    expect(renderMessage(tracking, 'it').text).toMatch(/… .*3/);
  });

  it('prefers the core\'s own "more" label', () => {
    const timeline = { events: [], more: 4, moreLabel: '4 earlier scans' };
    expect(renderMessage({ kind: 'tracking', timeline, visibility: 'private' }).text).toBe('  … 4 earlier scans');
  });

  it('renders a bare text message without empty lines or choices', () => {
    expect(renderMessage({ kind: 'info', text: 'Deleted 4px 1.', visibility: 'private' })).toEqual({ text: 'Deleted 4px 1.', choices: [] });
  });

  it('shows the badge alone when there is no title', () => {
    expect(renderMessage({ kind: 'notification', badge: { status: 'delivered', emoji: '✅', label: 'Delivered' }, visibility: 'public' }).text).toBe('✅ Delivered');
  });
});

describe('renderConfirmPrompt', () => {
  it('asks with the localised labels', () => {
    expect(renderConfirmPrompt(deleteConfirm)).toBe('Delete this tracking?\n4px 1 will be removed.\n[y = Delete / N = Keep it]');
  });
});

describe('field alignment', () => {
  it('aligns values by terminal columns, emoji and CJK counting two', () => {
    const { text } = renderMessage({
      kind: 'info',
      fields: [
        { label: '⚠️ Failed', value: '1' },
        { label: '✅ Done', value: '2' },
        { label: '中国', value: '3' },
        { label: 'Plain text', value: '4' },
      ],
      visibility: 'private',
    });
    expect(text.split('\n')).toEqual(['  ⚠️ Failed:  1', '  ✅ Done:    2', '  中国:       3', '  Plain text: 4']);
  });
});
