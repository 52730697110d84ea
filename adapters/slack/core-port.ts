import type { CarrierInfo } from '../../src/core/tracking-api';
import type { BotMessage } from '../../src/messages/model';
import type { Actor } from '../../src/platform/actor';

/** What the Slack adapter calls on the core (src/core: createCore). */
export interface SlackCore {
  /** A grammar line: what follows /track, or a clicked action's command. */
  handleText(text: string, actor: Actor): Promise<BotMessage>;
  /** Never throws: an empty list when TrackingMore fails. */
  completeCarriers(query: string, limit?: number): Promise<readonly CarrierInfo[]>;
}
