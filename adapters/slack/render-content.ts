import type { types } from '@slack/bolt';
import { t } from '../../src/i18n';
import type { BotMessage, MessageField, Timeline, TimelineEvent } from '../../src/messages/model';
import { escapeWithin } from './escape';
import { truncate } from '../shared/truncate';
import { SLACK_LIMITS as LIMITS } from './limits';

type Block = types.KnownBlock;

/** header: plain_text, so nothing in it is ever read as markup. The badge label is kept whole. */
export function headerBlock(message: BotMessage): types.HeaderBlock | undefined {
  const { badge, title } = message;
  if (!badge && !title) return undefined;
  const prefix = badge ? `${badge.emoji} ` : '';
  const suffix = badge && title ? ` · ${badge.label}` : '';
  const middle = title ?? badge?.label ?? '';
  const room = LIMITS.headerText - prefix.length - suffix.length;
  const text = room > 1 ? `${prefix}${truncate(middle, room)}${suffix}` : truncate(`${prefix}${middle}`, LIMITS.headerText);
  return { type: 'header', text: { type: 'plain_text', text, emoji: true } };
}

export function textBlock(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: escapeWithin(text, LIMITS.sectionText) } };
}

/** Two-column fields, ten to a section. */
export function fieldBlocks(fields: readonly MessageField[]): types.SectionBlock[] {
  const sections: types.SectionBlock[] = [];
  for (let start = 0; start < fields.length; start += LIMITS.sectionFields) {
    const chunk = fields.slice(start, start + LIMITS.sectionFields);
    sections.push({ type: 'section', fields: chunk.map((field) => mrkdwn(fieldText(field))) });
  }
  return sections;
}

function fieldText(field: MessageField): string {
  const label = `*${escapeWithin(field.label, LIMITS.fieldText / 4)}*\n`;
  return label + escapeWithin(field.value, LIMITS.fieldText - label.length);
}

/**
 * One context block per event, newest first, within maxBlocks (the "n more"
 * line included); events that do not fit are added to the "n more" count.
 */
export function timelineBlocks(timeline: Timeline, maxBlocks: number, locale: string | undefined): types.ContextBlock[] {
  if (maxBlocks <= 0) return [];
  const total = timeline.events.length + timeline.more;
  const fitsAll = timeline.events.length + (timeline.more > 0 ? 1 : 0) <= maxBlocks;
  const shown = fitsAll ? timeline.events : timeline.events.slice(0, maxBlocks - 1);
  const blocks = shown.map((event) => context([mrkdwn(eventText(event))]));
  const more = total - shown.length;
  if (more > 0) blocks.push(context([mrkdwn(`_${escapeWithin(moreLabel(timeline, more, locale), LIMITS.contextText - 2)}_`)]));
  return blocks;
}

function moreLabel(timeline: Timeline, more: number, locale: string | undefined): string {
  return more === timeline.more && timeline.moreLabel ? timeline.moreLabel : t(locale, 'tracking.timelineMore', { count: more });
}

function eventText(event: TimelineEvent): string {
  const time = `*${escapeWithin(event.time, 100)}* `;
  const where = event.location ? ` — ${event.location}` : '';
  return time + escapeWithin(`${event.description}${where}`, LIMITS.contextText - time.length);
}

/** The footer line and the carrier's site, as one context block. */
export function footerBlock(message: BotMessage, locale: string | undefined): types.ContextBlock | undefined {
  const elements: types.MrkdwnElement[] = [];
  if (message.footer) elements.push(mrkdwn(escapeWithin(message.footer, LIMITS.contextText)));
  const link = message.url ? linkOf(message.url, t(locale, 'slack.carrierSite')) : undefined;
  if (link) elements.push(mrkdwn(link));
  return elements.length > 0 ? context(elements.slice(0, LIMITS.contextElements)) : undefined;
}

/** `<url|label>` for http(s) URLs only; characters that would end the link are percent-encoded. */
export function linkOf(url: string, label: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  const safe = url.replace(/[<>|]/g, (char) => encodeURIComponent(char)).replace(/&/g, '&amp;');
  if (safe.length > LIMITS.contextText - 100) return undefined;
  return `<${safe}|${escapeWithin(label, 80)}>`;
}

export function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text };
}

function context(elements: types.ContextBlockElement[]): types.ContextBlock {
  return { type: 'context', elements };
}

export type { Block };
