import type { BotMessage } from '../src/messages/model';
import type { Platform } from '../src/platform/actor';
import type { ChannelAddress, ChatAdapter, DeliveryResult } from '../src/platform/adapter';

/** Accepts every notification and counts it: no Slack or Discord network in the bench. */
export class CountingAdapter implements ChatAdapter {
  delivered = 0;
  constructor(readonly platform: Platform) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async deliver(_to: ChannelAddress, _message: BotMessage, _key: string): Promise<DeliveryResult> {
    this.delivered += 1;
    return { ok: true };
  }
}
