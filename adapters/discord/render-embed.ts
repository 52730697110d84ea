import type { APIEmbed, APIEmbedField } from 'discord.js';
import { t } from '../../src/i18n';
import type { BotMessage, MessageField, Timeline, TimelineEvent, TrackingStatus } from '../../src/messages/model';
import { escapeText } from './escape';
import { truncate } from '../shared/truncate';
import { DISCORD_LIMITS as LIMITS } from './limits';

const STATUS_COLOURS: Record<TrackingStatus, number> = {
  pending: 0x95a5a6,
  notfound: 0x95a5a6,
  transit: 0x3498db,
  pickup: 0xf1c40f,
  delivered: 0x2ecc71,
  undelivered: 0xe67e22,
  exception: 0xe74c3c,
  expired: 0x7f8c8d,
};
const ERROR_COLOUR = 0xe74c3c;
const DEFAULT_COLOUR = 0x5865f2;
/** Discord rejects an empty field name or value. */
const BLANK = '\u200b';

export function embedColour(message: BotMessage): number {
  if (message.badge) return STATUS_COLOURS[message.badge.status];
  return message.kind === 'error' ? ERROR_COLOUR : DEFAULT_COLOUR;
}

/**
 * One embed within every Discord limit. When the 6000-character total is
 * short, the body text wins over fields, and fields over timeline events
 * (the dropped events are counted in the "n older events" line).
 */
export function renderEmbed(message: BotMessage, locale: string | undefined): APIEmbed {
  const embed: APIEmbed = { color: embedColour(message) };
  if (message.badge) embed.author = { name: truncate(`${message.badge.emoji} ${message.badge.label}`, LIMITS.embedAuthorName) };
  if (message.title) embed.title = truncate(escapeText(message.title), LIMITS.embedTitle);
  if (message.url && /^https?:\/\//i.test(message.url)) embed.url = message.url;
  if (message.footer) embed.footer = { text: truncate(message.footer, LIMITS.embedFooter) };

  let budget = LIMITS.embedTotal - (embed.title?.length ?? 0) - (embed.author?.name.length ?? 0) - (embed.footer?.text.length ?? 0);
  const text = message.text ? truncate(escapeText(message.text), Math.min(LIMITS.embedDescription, budget)) : '';
  budget -= text.length;

  const fields = fitFields(message.fields ?? [], budget);
  budget -= fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  if (fields.length > 0) embed.fields = fields;

  // The description holds the text (already counted) plus whatever timeline still fits.
  const room = Math.min(LIMITS.embedDescription, budget + text.length);
  const description = message.timeline ? appendTimeline(text, message.timeline, room, locale) : text;
  if (description) embed.description = description;
  return embed;
}

function fitFields(fields: readonly MessageField[], budget: number): APIEmbedField[] {
  const fitted: APIEmbedField[] = [];
  let left = budget;
  for (const field of fields.slice(0, LIMITS.embedFields)) {
    const name = truncate(escapeText(field.label), LIMITS.embedFieldName) || BLANK;
    const value = truncate(escapeText(field.value), LIMITS.embedFieldValue) || BLANK;
    if (name.length + value.length > left) break;
    left -= name.length + value.length;
    fitted.push(field.inline ? { name, value, inline: true } : { name, value });
  }
  return fitted;
}

/** The text, then as many events as fit in room, then the "n older events" line. */
function appendTimeline(text: string, timeline: Timeline, room: number, locale: string | undefined): string {
  const lines = text ? [text, ''] : [];
  const length = () => lines.join('\n').length;
  // The view's own label when the count is the view's (it is in the view's language).
  const moreLabel = (count: number) => (count === timeline.more && timeline.moreLabel ? timeline.moreLabel : t(locale, 'tracking.timelineMore', { count }));
  const moreLine = (count: number) => `*${escapeText(moreLabel(count))}*`;
  const reserve = Math.max(moreLine(timeline.events.length + timeline.more).length, moreLine(timeline.more).length) + 1;
  let shown = 0;
  for (const event of timeline.events) {
    const line = eventLine(event);
    if (length() + line.length + 1 + reserve > room) break;
    lines.push(line);
    shown += 1;
  }
  const more = timeline.more + timeline.events.length - shown;
  if (more > 0 && length() + reserve <= room) lines.push(moreLine(more));
  return lines.join('\n').trimEnd();
}

function eventLine(event: TimelineEvent): string {
  const where = event.location ? ` — ${escapeText(event.location)}` : '';
  return truncate(`**${escapeText(event.time)}** ${escapeText(event.description)}${where}`, LIMITS.embedFieldValue);
}
