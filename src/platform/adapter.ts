import type { BotMessage } from '../messages/model';
import type { Platform } from './actor';

/** Where a notification goes. */
export interface ChannelAddress {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

export type DeliveryResult =
  | { ok: true; messageId?: string }
  /** The channel is gone or the bot was removed: drop the subscription. */
  | { ok: false; reason: 'channel-gone' }
  /** Rate limited or 5xx after the adapter's own retries: try again next cycle. */
  | { ok: false; reason: 'retry-later'; detail: string };

/**
 * What the core and the watcher know of a chat surface. Adapters translate
 * platform events into core calls and render BotMessages; nothing more.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  start(): Promise<void>;
  /** Stop taking new work, finish what is in flight. */
  stop(): Promise<void>;
  /**
   * Post a message to a channel. `idempotencyKey` is stable for one
   * (subscription, change): Discord passes it as `nonce` with `enforce_nonce`.
   */
  deliver(to: ChannelAddress, message: BotMessage, idempotencyKey: string): Promise<DeliveryResult>;
}
