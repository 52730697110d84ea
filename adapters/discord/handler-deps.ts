import type { BaseMessageOptions } from 'discord.js';
import type { Logger } from '../../src/log';
import type { BotMessage } from '../../src/messages/model';
import type { ActionStash } from './action-stash';
import type { DiscordCore } from './core-port';
import { renderDiscordMessage, type RenderOptions } from './render';

/** What every interaction handler gets. */
export interface HandlerDeps {
  core: DiscordCore;
  stash: ActionStash;
  logger: Logger;
}

/** Rendered message options, with hashed actions saved first so their buttons work. */
export async function prepareMessage(deps: HandlerDeps, message: BotMessage, options: RenderOptions): Promise<BaseMessageOptions> {
  const { stash, ...payload } = renderDiscordMessage(message, options);
  await deps.stash.save(stash);
  return payload;
}
