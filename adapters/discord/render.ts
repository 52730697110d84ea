import type { APIEmbed } from 'discord.js';
import type { BotMessage } from '../../src/messages/model';
import type { StashEntry } from './action-ref';
import { t } from '../../src/i18n';
import { renderComponents, type ActionRow } from './render-components';
import { renderEmbed } from './render-embed';

/** Never ping anyone: set on the Client too, repeated here for REST bodies. */
export const NO_MENTIONS = { parse: [] as [] };

export interface DiscordRender {
  embeds: APIEmbed[];
  components: ActionRow[];
  allowedMentions: typeof NO_MENTIONS;
  /** Actions whose custom_id is a hash: store them before sending. */
  stash: StashEntry[];
}

export interface RenderOptions {
  /**
   * Picks the language of the few strings the renderer adds (Share, Other
   * carrier…, "n older events"); default: the message's own locale.
   */
  locale?: string;
  /** Shown only to the user: defaults to the message's visibility being private. */
  ephemeral?: boolean;
}

/**
 * Pure: a BotMessage as one embed plus action rows. An ephemeral message
 * other than an error gets a Share button that posts it in the channel.
 */
export function renderDiscordMessage(message: BotMessage, options: RenderOptions = {}): DiscordRender {
  const { locale = message.locale, ephemeral = message.visibility === 'private' } = options;
  const stash: StashEntry[] = [];
  const labels = {
    otherCarrier: t(locale, 'action.otherCarrier'),
    ...(ephemeral && message.kind !== 'error' && { share: t(locale, 'action.share') }),
  };
  return {
    embeds: [renderEmbed(message, locale)],
    components: renderComponents(message.actions ?? [], labels, stash),
    allowedMentions: NO_MENTIONS,
    stash,
  };
}
