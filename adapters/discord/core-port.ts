import type { CarrierInfo } from '../../src/core/tracking-api';
import type { BotMessage } from '../../src/messages/model';
import type { Actor } from '../../src/platform/actor';

/** What the Discord adapter calls on the core (src/core: createCore). */
export interface DiscordCore {
  /** A grammar line, as carried by buttons and select options. */
  handleText(text: string, actor: Actor): Promise<BotMessage>;
  /** A command with structured options (slash command options). */
  run(name: string, args: Record<string, string | number | undefined>, actor: Actor): Promise<BotMessage>;
  completeCarriers(query: string, limit: number): Promise<readonly CarrierInfo[]>;
}
