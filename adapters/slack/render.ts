import type { types } from '@slack/bolt';
import { t } from '../../src/i18n';
import type { BotMessage } from '../../src/messages/model';
import { shareValue } from './action-ref';
import { escapeWithin } from './escape';
import { SLACK_LIMITS as LIMITS } from './limits';
import { actionBlocks } from './render-actions';
import { fieldBlocks, footerBlock, headerBlock, textBlock, timelineBlocks } from './render-content';
import { stashView, type StashEntry } from './stash';

export interface SlackRender {
  /** The notification / screen-reader fallback (mrkdwn, escaped). */
  text: string;
  blocks: types.KnownBlock[];
  /** Commands and views behind hashes: save them before sending. */
  stash: StashEntry[];
}

export interface SlackRenderOptions {
  /** Add a "Share in channel" button (for replies only their user sees). */
  shareable?: boolean;
}

/**
 * Pure: a BotMessage as Block Kit within every Slack limit. When the 50
 * blocks run short, the timeline gives way (the dropped events are counted
 * in its "n more" line). The strings the renderer adds are in `requestLocale`
 * (who asked), else in the message's own locale (a notification's subscriber).
 */
export function renderSlackBlocks(message: BotMessage, requestLocale: string | undefined, options: SlackRenderOptions = {}): SlackRender {
  const locale = requestLocale ?? message.locale;
  const stash: StashEntry[] = [];
  const header = headerBlock(message);
  const before: types.KnownBlock[] = [
    ...(header ? [header] : []),
    ...(message.text ? [textBlock(message.text)] : []),
    ...fieldBlocks(message.fields ?? []),
  ];
  const footer = footerBlock(message, locale);
  const share = options.shareable && message.kind !== 'error'
    ? { label: t(locale, 'slack.share'), value: shareValue(stashView(message, stash)) }
    : undefined;
  const actions = actionBlocks(message.actions ?? [], { searchPlaceholder: t(locale, 'slack.searchCarriers'), ...(share && { share }) }, stash);
  const after: types.KnownBlock[] = [...(footer ? [footer] : []), ...actions];
  const room = LIMITS.blocks - before.length - after.length;
  const timeline = message.timeline ? timelineBlocks(message.timeline, room, locale) : [];
  const blocks = [...before, ...timeline, ...after].slice(0, LIMITS.blocks);
  return { text: fallbackText(message), blocks, stash };
}

function fallbackText(message: BotMessage): string {
  const headline = [message.badge?.emoji, message.title, message.badge ? `(${message.badge.label})` : undefined]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
  const text = [headline, message.text].filter((part) => part !== undefined && part !== '').join('\n');
  return escapeWithin(text || (message.fields ?? []).map((field) => `${field.label}: ${field.value}`).join('\n') || '…', LIMITS.fallbackText);
}
