import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeWithin } from '../../adapters/slack/escape';
import { SLACK_LIMITS as LIMITS } from '../../adapters/slack/limits';
import { truncate } from '../../adapters/shared/truncate';
import { renderSlackBlocks } from '../../adapters/slack/render';
import type { BotMessage, MessageAction, TimelineEvent } from '../../src/messages/model';
import { elementOfType, elementsOf, mrkdwnOf } from './fake-slack/payloads';

const base: BotMessage = { kind: 'info', visibility: 'private' };
const x = (n: number) => 'x'.repeat(n);
const events = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({ time: `2024-01-${String(28 - (i % 28)).padStart(2, '0')} 10:00`, description: `event ${i}` }));

describe('escaping for mrkdwn', () => {
  it('makes mentions, broadcasts and links inert', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> <http://evil|x> a&b')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;http://evil|x&gt; a&amp;b',
    );
  });

  it('never cuts an entity in half when it truncates', () => {
    expect(escapeWithin(`${x(7)}&&&`, 13)).toBe(`${x(7)}&amp;…`);
    expect(escapeWithin(`${x(7)}&&&`, 12)).toBe(`${x(7)}…`);
    expect(escapeWithin(`${x(7)}&`, 12)).toBe(`${x(7)}&amp;`);
  });
});

describe('limits: exactly at the limit is kept, one over is cut with …', () => {
  it('truncate', () => {
    expect(truncate(x(75), 75)).toBe(x(75));
    expect(truncate(x(76), 75)).toBe(`${x(74)}…`);
  });

  it('header: 150 characters of plain_text', () => {
    const at = renderSlackBlocks({ ...base, title: x(LIMITS.headerText) }, 'en').blocks[0] as any;
    expect(at.text.text).toBe(x(150));
    const over = renderSlackBlocks({ ...base, title: x(LIMITS.headerText + 1) }, 'en').blocks[0] as any;
    expect(over.text.text).toBe(`${x(149)}…`);
  });

  it('header keeps the badge whole and cuts the title', () => {
    const message: BotMessage = { ...base, title: x(200), badge: { status: 'transit', emoji: '🚚', label: 'In transit' } };
    const header = (renderSlackBlocks(message, 'en').blocks[0] as any).text.text as string;
    expect(header.length).toBe(150);
    expect(header.startsWith('🚚 x')).toBe(true);
    expect(header.endsWith('… · In transit')).toBe(true);
  });

  it('section text: 3000', () => {
    const at = renderSlackBlocks({ ...base, text: x(3000) }, 'en').blocks[0] as any;
    expect(at.text.text).toBe(x(3000));
    const over = renderSlackBlocks({ ...base, text: x(3001) }, 'en').blocks[0] as any;
    expect(over.text.text).toBe(`${x(2999)}…`);
  });

  it('fields: 10 to a section, each at most 2000', () => {
    const fields = Array.from({ length: 11 }, (_, i) => ({ label: `f${i}`, value: i === 0 ? x(3000) : 'v' }));
    const blocks = renderSlackBlocks({ ...base, fields }, 'en').blocks as any[];
    expect(blocks.map((b) => b.fields.length)).toEqual([10, 1]);
    expect(blocks[0].fields[0].text.length).toBe(LIMITS.fieldText);
    expect(blocks[0].fields[0].text.endsWith('…')).toBe(true);
    const exact = renderSlackBlocks({ ...base, fields: [{ label: 'L', value: x(2000 - '*L*\n'.length) }] }, 'en').blocks[0] as any;
    expect(exact.fields[0].text.length).toBe(2000);
    expect(exact.fields[0].text.endsWith('x')).toBe(true);
  });

  it('buttons: text 75, value 2000 (a longer command goes behind a hash)', () => {
    const command = (length: number) => `help ${x(length - 5)}`;
    const actions: MessageAction[] = [
      { type: 'button', label: x(76), command: command(2000 - 2) },
      { type: 'button', label: x(75), command: command(2000 - 1) },
    ];
    const { blocks, stash } = renderSlackBlocks({ ...base, actions }, 'en');
    const [fits, hashed] = elementsOf(blocks as any[]);
    expect(fits.text.text).toBe(`${x(74)}…`);
    expect(fits.value).toBe(`t:${command(1998)}`);
    expect(fits.value.length).toBe(LIMITS.actionValue);
    expect(hashed.text.text).toBe(x(75));
    expect(hashed.value).toMatch(/^h:[\w-]{22}$/);
    expect(stash).toContainEqual({ kind: 'command', hash: hashed.value.slice(2), command: command(1999) });
  });

  it('selects: at most 100 options, option text 75, option value 150', () => {
    const options = Array.from({ length: 101 }, (_, i) => ({ label: i === 0 ? x(76) : `o${i}`, command: i === 1 ? `help ${x(150 - 7)}` : `help o${i}` }));
    options[2] = { label: 'long', command: `help ${x(150 - 6)}` };
    const { blocks } = renderSlackBlocks({ ...base, actions: [{ type: 'select', placeholder: 'pick', options }] }, 'en');
    const select = elementOfType(blocks as any[], 'static_select');
    expect(select.options).toHaveLength(LIMITS.selectOptions);
    expect(select.options[0].text.text).toBe(`${x(74)}…`);
    expect(select.options[1].value).toHaveLength(150);
    expect(select.options[1].value.startsWith('t:')).toBe(true);
    expect(select.options[2].value).toMatch(/^h:/);
  });

  it('actions: 25 elements to a block', () => {
    const actions: MessageAction[] = Array.from({ length: 26 }, (_, i) => ({ type: 'button', label: `b${i}`, command: `help ${i}` }));
    const blocks = renderSlackBlocks({ ...base, actions }, 'en').blocks as any[];
    expect(blocks.map((b) => b.elements.length)).toEqual([25, 1]);
    expect(new Set(blocks.flatMap((b) => b.elements.map((e: any) => e.action_id))).size).toBe(26);
  });

  it('the external select: action_id of at most 255, a longer template goes behind a hash', () => {
    const select = (template: string): any =>
      elementOfType(renderSlackBlocks({ ...base, actions: [{ type: 'select', placeholder: 'p', options: [], searchCarriersCommand: template }] }, 'en').blocks as any[], 'external_select');
    const fits = `carrier dhl {carrier} ${x(255 - 'carriers:t:'.length - 'carrier dhl {carrier} '.length)}`;
    expect(select(fits).action_id).toHaveLength(LIMITS.actionId);
    expect(select(`${fits}y`).action_id).toMatch(/^carriers:h:/);
    expect(select(fits)).toMatchObject({ min_query_length: 1, placeholder: { text: 'Search all carriers…' } });
  });

  it('confirm dialogs: title 100, text 300, buttons 30', () => {
    const action: MessageAction = { type: 'button', label: 'Delete', command: 'delete a b confirm', style: 'danger', confirm: { title: x(101), text: x(301), confirm: x(31), deny: x(30) } };
    const [button] = elementsOf(renderSlackBlocks({ ...base, actions: [action] }, 'en').blocks as any[]);
    expect(button.confirm).toEqual({
      title: { type: 'plain_text', text: `${x(99)}…`, emoji: true },
      text: { type: 'plain_text', text: `${x(299)}…`, emoji: true },
      confirm: { type: 'plain_text', text: `${x(29)}…`, emoji: true },
      deny: { type: 'plain_text', text: x(30), emoji: true },
      style: 'danger',
    });
  });

  it('50 blocks: the timeline gives way and counts what it dropped', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ label: `f${i}`, value: 'v' }));
    const message: BotMessage = { ...base, title: 't', text: 'body', fields, timeline: { events: events(60), more: 5 }, footer: 'foot' };
    const { blocks } = renderSlackBlocks(message, 'en', { shareable: true });
    expect(blocks).toHaveLength(LIMITS.blocks);
    // header + text + 3 field sections + footer + actions (Share) = 7 fixed: 42 events, then the "more" line.
    const contexts = (blocks as any[]).filter((b) => b.type === 'context');
    expect(contexts.at(-2).elements[0].text).toBe('_23 older events_');
    expect((blocks as any[]).at(-1).type).toBe('actions');
  });

  it('a timeline that fits is shown whole, with the core\'s "n more" line', () => {
    const message: BotMessage = { ...base, timeline: { events: events(3), more: 4, moreLabel: '4 older events' } };
    const texts = (renderSlackBlocks(message, 'en').blocks as any[]).map((b) => b.elements[0].text);
    expect(texts).toEqual(['*2024-01-28 10:00* event 0', '*2024-01-27 10:00* event 1', '*2024-01-26 10:00* event 2', '_4 older events_']);
  });
});

describe('what the renderer adds', () => {
  it('a Share button for private replies only, never on errors', () => {
    const labels = (message: BotMessage, shareable: boolean) =>
      elementsOf(renderSlackBlocks(message, 'en', { shareable }).blocks as any[]).map((e) => e.text?.text);
    expect(labels(base, true)).toEqual(['Share in channel']);
    expect(labels(base, false)).toEqual([]);
    expect(labels({ ...base, kind: 'error', text: 'no' }, true)).toEqual([]);
  });

  it('the carrier site as a link, only for http(s) URLs, with the URL made safe', () => {
    const link = (url: string) => mrkdwnOf(renderSlackBlocks({ ...base, url }, 'en').blocks as any[]);
    expect(link('https://www.dhl.com/track?a=1&b=<2>|x')).toBe('<https://www.dhl.com/track?a=1&amp;b=%3C2%3E%7Cx|Carrier website>');
    expect(link('javascript:alert(1)')).toBe('');
  });

  it('a fallback text, escaped, for notifications', () => {
    const { text } = renderSlackBlocks({ ...base, title: '<!channel>', badge: { status: 'delivered', emoji: '✅', label: 'Delivered' } }, 'en');
    expect(text).toBe('✅ &lt;!channel&gt; (Delivered)');
  });
});
