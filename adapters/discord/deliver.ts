import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type APIMessage, type REST } from 'discord.js';
import type { BotMessage } from '../../src/messages/model';
import type { ChannelAddress, DeliveryResult } from '../../src/platform/adapter';
import type { ActionStash } from './action-stash';
import { DISCORD_LIMITS } from './limits';
import { NO_MENTIONS, renderDiscordMessage } from './render';

/** Discord error codes meaning the channel is gone or closed to the bot. */
const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;

/** A stable nonce of at most 25 characters for one idempotency key. */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, DISCORD_LIMITS.nonce);
}

/**
 * POST /channels/{id}/messages with nonce + enforce_nonce, so Discord drops a
 * re-send of the same notification. Rate limits and 5xx are retried by the
 * REST client itself; what still fails is reported, not thrown.
 */
export async function deliverMessage(
  rest: REST,
  stash: ActionStash,
  to: ChannelAddress,
  message: BotMessage,
  idempotencyKey: string,
): Promise<DeliveryResult> {
  const { embeds, components, stash: entries } = renderDiscordMessage(message, { ephemeral: false });
  try {
    await stash.save(entries);
    const body = { embeds, components, allowed_mentions: NO_MENTIONS, nonce: nonceFor(idempotencyKey), enforce_nonce: true };
    const posted = (await rest.post(Routes.channelMessages(to.channelId), { body })) as APIMessage;
    return { ok: true, messageId: posted.id };
  } catch (error) {
    return deliveryFailure(error);
  }
}

function deliveryFailure(error: unknown): DeliveryResult {
  if (error instanceof DiscordAPIError) {
    if (error.code === UNKNOWN_CHANNEL || error.code === MISSING_ACCESS) return { ok: false, reason: 'channel-gone' };
    return { ok: false, reason: 'retry-later', detail: `Discord answered ${error.status} (code ${error.code})` };
  }
  if (error instanceof HTTPError) return { ok: false, reason: 'retry-later', detail: `Discord answered ${error.status}` };
  if (error instanceof RateLimitError) return { ok: false, reason: 'retry-later', detail: `rate limited for ${error.retryAfter} ms` };
  return { ok: false, reason: 'retry-later', detail: error instanceof Error ? error.name : 'unknown error' };
}
