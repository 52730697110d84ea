import { webApi } from '@slack/bolt';
import type { BotMessage } from '../../src/messages/model';
import type { ChannelAddress, DeliveryResult } from '../../src/platform/adapter';
import { renderSlackBlocks } from './render';
import type { ActionStash } from './stash';

/** The one Web API call deliver makes (app.client.chat.postMessage). */
export type PostMessage = (args: {
  channel: string;
  text: string;
  blocks: ReturnType<typeof renderSlackBlocks>['blocks'];
  unfurl_links: boolean;
  unfurl_media: boolean;
}) => Promise<{ ts?: string }>;

/**
 * Slack errors that mean this channel is gone for the bot: deleted,
 * archived, or the bot was removed from it. Token problems (invalid_auth,
 * token_revoked, account_inactive) and missing_scope are the operator's to
 * fix, not a reason to forget every subscription, so they are 'retry-later'.
 */
const CHANNEL_GONE = new Set(['channel_not_found', 'is_archived', 'not_in_channel']);

/**
 * chat.postMessage with the rendered blocks. Slack has no nonce or
 * idempotency key for messages: the watcher's own state (the last status
 * each subscription was told, saved after a successful delivery) is what
 * keeps a change from being announced twice. Rate limits and 5xx are retried
 * by the Web API client itself; what still fails is reported, not thrown.
 */
export async function deliverMessage(
  postMessage: PostMessage,
  stash: ActionStash,
  to: ChannelAddress,
  message: BotMessage,
): Promise<DeliveryResult> {
  // No one asked: the added strings follow the message's own locale (the subscriber's).
  const { text, blocks, stash: entries } = renderSlackBlocks(message, undefined);
  try {
    await stash.save(entries);
    const posted = await postMessage({ channel: to.channelId, text, blocks, unfurl_links: false, unfurl_media: false });
    return posted.ts === undefined ? { ok: true } : { ok: true, messageId: posted.ts };
  } catch (error) {
    return deliveryFailure(error);
  }
}

function deliveryFailure(error: unknown): DeliveryResult {
  const { code, data, statusCode, retryAfter } = (error ?? {}) as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; retryAfter?: unknown };
  switch (code) {
    case webApi.ErrorCode.PlatformError: {
      const slackError = typeof data?.error === 'string' ? data.error : 'unknown';
      if (CHANNEL_GONE.has(slackError)) return { ok: false, reason: 'channel-gone' };
      return { ok: false, reason: 'retry-later', detail: `Slack answered ${slackError}` };
    }
    case webApi.ErrorCode.RateLimitedError:
      return { ok: false, reason: 'retry-later', detail: `Slack rate limited us for ${String(retryAfter)} s` };
    case webApi.ErrorCode.HTTPError:
      return { ok: false, reason: 'retry-later', detail: `Slack answered HTTP ${String(statusCode)}` };
    case webApi.ErrorCode.RequestError:
      return { ok: false, reason: 'retry-later', detail: 'Slack could not be reached' };
    default:
      return { ok: false, reason: 'retry-later', detail: error instanceof Error ? error.name : 'unknown error' };
  }
}
