import { describe, expect, it } from 'vitest';
import { hashAction, parseRef } from '../../adapters/discord/action-ref';
import { carrierModal, commandWithCarrier } from '../../adapters/discord/carrier-prompt';
import { escapeText } from '../../adapters/discord/escape';
import { DISCORD_LIMITS as LIMITS } from '../../adapters/discord/limits';
import { renderDiscordMessage } from '../../adapters/discord/render';
import type { BotMessage, ButtonAction, TimelineEvent } from '../../src/messages/model';
import { modalProblems } from './fake-discord/modal-rules';

const base: BotMessage = { kind: 'tracking', visibility: 'private' };

function embedSize(embed: any): number {
  const fields = (embed.fields ?? []).reduce((sum: number, f: any) => sum + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}
function allButtons(rendered: ReturnType<typeof renderDiscordMessage>) {
  return rendered.components.flatMap((row) => row.components).filter((c) => c.type === 2) as any[];
}
function button(command: string, extra: Partial<ButtonAction> = {}): ButtonAction {
  return { type: 'button', label: command, command, ...extra };
}
const event = (i: number): TimelineEvent => ({ time: `2024-05-${String(i).padStart(2, '0')} 10:00`, description: `Event ${i} ${'x'.repeat(80)}`, location: 'Milano' });

describe('renderDiscordMessage: embed', () => {
  it('keeps title and field text exactly at the limit and cuts one character more', () => {
    const exact = renderDiscordMessage({ ...base, title: 'a'.repeat(LIMITS.embedTitle) }).embeds[0];
    expect(exact?.title).toBe('a'.repeat(LIMITS.embedTitle));
    const over = renderDiscordMessage({ ...base, title: 'a'.repeat(LIMITS.embedTitle + 1) }).embeds[0];
    expect(over?.title).toHaveLength(LIMITS.embedTitle);
    expect(over?.title?.endsWith('…')).toBe(true);

    const field = { label: 'n'.repeat(LIMITS.embedFieldName + 1), value: 'v'.repeat(LIMITS.embedFieldValue + 1) };
    const [rendered] = renderDiscordMessage({ ...base, fields: [field] }).embeds[0]?.fields ?? [];
    expect(rendered?.name).toHaveLength(LIMITS.embedFieldName);
    expect(rendered?.value).toHaveLength(LIMITS.embedFieldValue);
  });

  it('keeps 25 fields and drops the 26th', () => {
    const fields = Array.from({ length: 26 }, (_, i) => ({ label: `f${i}`, value: `v${i}` }));
    expect(renderDiscordMessage({ ...base, fields: fields.slice(0, 25) }).embeds[0]?.fields).toHaveLength(25);
    expect(renderDiscordMessage({ ...base, fields }).embeds[0]?.fields).toHaveLength(LIMITS.embedFields);
  });

  it('fits a huge timeline in 4096 characters and counts the left-out events', () => {
    const events = Array.from({ length: 200 }, (_, i) => event(i + 1));
    const embed = renderDiscordMessage({ ...base, text: 'Body', timeline: { events, more: 5 } }).embeds[0];
    const description = embed?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    const shown = description.split('\n').filter((line) => line.startsWith('**')).length;
    expect(description.startsWith('Body\n\n**2024-05-01 10:00** Event 1')).toBe(true);
    expect(description).toContain(`*${200 - shown + 5} older events*`);
  });

  it('shows the whole timeline when it fits, with no "older events" line', () => {
    const embed = renderDiscordMessage({ ...base, timeline: { events: [event(1), event(2)], more: 0 } }).embeds[0];
    expect(embed?.description?.split('\n')).toHaveLength(2);
    expect(embed?.description).not.toContain('older');
  });

  it('keeps the total under 6000 characters, body first, then fields, then the timeline', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ label: `Field ${i}`, value: 'v'.repeat(300) }));
    const events = Array.from({ length: 50 }, (_, i) => event(i + 1));
    const embed = renderDiscordMessage({ ...base, title: 't'.repeat(256), footer: 'f'.repeat(2048), text: 'b'.repeat(500), fields, timeline: { events, more: 0 } }).embeds[0];
    expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed?.description?.startsWith('b'.repeat(500))).toBe(true);
    expect(embed?.fields?.length).toBeGreaterThan(0);
    expect(embed?.fields?.length).toBeLessThan(25);
  });

  it('colours by status, errors red', () => {
    expect(renderDiscordMessage({ ...base, badge: { status: 'delivered', emoji: '✅', label: 'Delivered' } }).embeds[0]?.color).toBe(0x2ecc71);
    expect(renderDiscordMessage({ ...base, badge: { status: 'exception', emoji: '⚠️', label: 'Exception' } }).embeds[0]?.color).toBe(0xe74c3c);
    expect(renderDiscordMessage({ kind: 'error', text: 'no', visibility: 'private' }).embeds[0]?.color).toBe(0xe74c3c);
  });

  it('sets allowedMentions parse [] and escapes user text', () => {
    const rendered = renderDiscordMessage({ ...base, title: '*bold* @here', fields: [{ label: 'Title', value: '<@123> __x__' }] });
    expect(rendered.allowedMentions).toEqual({ parse: [] });
    expect(rendered.embeds[0]?.title).toBe('\\*bold\\* @\u200bhere');
    expect(rendered.embeds[0]?.fields?.[0]?.value).toBe('<\u200b@123> \\_\\_x\\_\\_');
  });
});

describe('escapeText', () => {
  it('keeps code spans of commands to type and escapes around them', () => {
    expect(escapeText('Try: `dhl 1234567890` or *that*')).toBe('Try: `dhl 1234567890` or \\*that\\*');
  });
  it('makes @everyone inert and masked links plain', () => {
    expect(escapeText('@everyone [x](http://e.vil)')).toBe('@\u200beveryone \\[x](http://e.vil)');
  });
});

describe('renderDiscordMessage: components', () => {
  it('packs five buttons a row, at most five rows, and adds Share to private messages only', () => {
    const actions = Array.from({ length: 30 }, (_, i) => button(`refresh c${i} n${i}`));
    const rendered = renderDiscordMessage({ ...base, actions });
    expect(rendered.components).toHaveLength(LIMITS.actionRows);
    for (const row of rendered.components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);

    const small = renderDiscordMessage({ ...base, actions: [button('refresh a b')] });
    expect(allButtons(small).map((b) => b.custom_id)).toEqual(['t:refresh a b', 's:']);
    expect(allButtons(renderDiscordMessage({ ...base, visibility: 'public', actions: [button('refresh a b')] })).map((b) => b.custom_id)).toEqual(['t:refresh a b']);
    expect(allButtons(renderDiscordMessage({ ...base, actions: [button('refresh a b')] }, { ephemeral: false }))).toHaveLength(1);
  });

  it('puts a command into the custom_id up to 100 characters, and a hash in the kv beyond', () => {
    const fits = `refresh dhl ${'9'.repeat(LIMITS.customId - 't:refresh dhl '.length)}`;
    const tooLong = `${fits}9`;
    const rendered = renderDiscordMessage({ ...base, visibility: 'public', actions: [button(fits), button(tooLong)] });
    const [inline, hashed] = allButtons(rendered);
    expect(inline.custom_id).toBe(`t:${fits}`);
    expect(inline.custom_id).toHaveLength(LIMITS.customId);
    expect(hashed.custom_id).toMatch(/^h:[\w-]{22}$/);
    expect(rendered.stash).toEqual([{ hash: hashed.custom_id.slice(2), action: { command: tooLong } }]);
    expect(parseRef(hashed.custom_id)).toEqual({ kind: 'stored', hash: hashAction({ command: tooLong }) });
  });

  it('stores the confirmation of a button that asks first', () => {
    const confirm = { title: 'Delete?', text: 'Sure?', confirm: 'Delete', deny: 'Keep' };
    const rendered = renderDiscordMessage({ ...base, visibility: 'public', actions: [button('delete a b confirm', { confirm, style: 'danger' })] });
    const [asker] = allButtons(rendered);
    expect(asker).toMatchObject({ style: 4, custom_id: expect.stringMatching(/^c:/) });
    expect(rendered.stash[0]?.action).toEqual({ command: 'delete a b confirm', confirm });
  });

  it('cuts labels to 80 and a select to 25 options, one row per select', () => {
    const options = Array.from({ length: 30 }, (_, i) => ({ label: `${'L'.repeat(90)}${i}`, description: 'd'.repeat(120), command: `carrier a b c${i}` }));
    const rendered = renderDiscordMessage({ ...base, actions: [button('refresh a b'), { type: 'select', placeholder: 'Pick', options }, button('watch a b')] });
    expect(rendered.components).toHaveLength(3);
    const select = rendered.components[1]?.components[0] as any;
    expect(select.options).toHaveLength(LIMITS.selectOptions);
    expect(select.options[0].label).toHaveLength(LIMITS.label);
    expect(select.options[0].description).toHaveLength(LIMITS.selectOptionDescription);
    expect(select.options[0].value).toBe('t:carrier a b c0');
  });
});

describe('renderDiscordMessage: Other carrier…', () => {
  const select = (searchCarriersCommand?: string) => ({
    type: 'select' as const,
    placeholder: 'Pick',
    options: [{ label: 'DHL', command: 'dhl 123456' }],
    ...(searchCarriersCommand !== undefined && { searchCarriersCommand }),
  });

  it('follows a select that allows any carrier with a button carrying the template', () => {
    const rendered = renderDiscordMessage({ ...base, actions: [select('{carrier} 123456'), button('refresh a b')] });
    expect(rendered.components.map((row) => row.components.map((c: any) => c.label ?? c.placeholder))).toEqual([['Pick'], ['Other carrier…', 'refresh a b', 'Share']]);
    expect(allButtons(rendered)[0].custom_id).toBe('p:{carrier} 123456');
    expect(parseRef('p:{carrier} 123456')).toEqual({ kind: 'askCarrier', template: '{carrier} 123456' });
    expect(allButtons(renderDiscordMessage({ ...base, actions: [select()] }, { locale: 'it' })).map((b) => b.label)).toEqual(['Condividi']);
    expect(allButtons(renderDiscordMessage({ ...base, actions: [select('{carrier} 1')] }, { locale: 'it' }))[0].label).toBe('Altro corriere…');
  });

  it('puts a template into the custom_id up to 100 characters, and a hash in the kv beyond', () => {
    const fits = `carrier dhl ${'9'.repeat(LIMITS.customId - 'p:carrier dhl  {carrier}'.length)} {carrier}`;
    const tooLong = fits.replace('carrier dhl ', 'carrier dhl 9');
    const [inline] = allButtons(renderDiscordMessage({ ...base, visibility: 'public', actions: [select(fits)] }));
    expect(inline.custom_id).toBe(`p:${fits}`);
    expect(inline.custom_id).toHaveLength(LIMITS.customId);
    const rendered = renderDiscordMessage({ ...base, visibility: 'public', actions: [select(tooLong)] });
    const [hashed] = allButtons(rendered);
    expect(hashed.custom_id).toBe(`q:${hashAction({ command: tooLong })}`);
    expect(rendered.stash).toContainEqual({ hash: hashed.custom_id.slice(2), action: { command: tooLong } });
    expect(parseRef(hashed.custom_id)).toEqual({ kind: 'askCarrierStored', hash: hashed.custom_id.slice(2) });
  });
});

describe('carrier modal', () => {
  it('passes the checks Discord makes of a modal, in both languages, with the longest custom_id', () => {
    for (const locale of ['en', 'it']) expect(modalProblems(carrierModal(`p:${'x'.repeat(LIMITS.customId - 2)}`, locale))).toEqual([]);
    // The fake's rules do bite: a text input inside a label must not carry its own label.
    const wrong = carrierModal('p:x', 'en') as any;
    wrong.components[0].component.label = 'Carrier';
    expect(modalProblems(wrong)).toEqual(['a text input inside a label cannot have its own label']);
  });

  it('fills {carrier} with what was typed as one trimmed token', () => {
    expect(commandWithCarrier('{carrier} RN123456789CN', '  china-ems ')).toBe('china-ems RN123456789CN');
    expect(commandWithCarrier('carrier 4px 1 {carrier}', 'dhl extra=1')).toBe('carrier 4px 1 "dhl extra=1"');
    expect(commandWithCarrier('carrier 4px 1 {carrier}', '$& "x"')).toBe('carrier 4px 1 "$& x"');
  });
});
