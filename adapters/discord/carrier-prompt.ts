import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { fillCarrierTemplate } from '../../src/commands/grammar';
import { t } from '../../src/i18n';
import { truncate } from '../shared/truncate';
import { DISCORD_LIMITS as LIMITS } from './limits';

/**
 * Discord selects cannot search, so a select that allows "any carrier"
 * (SelectAction.searchCarriersCommand) gets an "Other carrier…" button that
 * opens this modal: one text input for the carrier code.
 */
export const CARRIER_INPUT_ID = 'carrier';
/** Carrier codes are short; this only bounds what a user can paste. */
const CARRIER_MAX_LENGTH = 64;

/** The modal; its custom_id is the clicked button's, so the submit finds the template again. */
export function carrierModal(customId: string, locale: string | undefined): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: truncate(t(locale, 'discord.otherCarrier.title'), LIMITS.modalTitle),
    components: [
      {
        type: ComponentType.Label,
        label: truncate(t(locale, 'discord.otherCarrier.label'), LIMITS.modalLabel),
        description: truncate(t(locale, 'discord.otherCarrier.hint'), LIMITS.modalLabelDescription),
        component: {
          type: ComponentType.TextInput,
          custom_id: CARRIER_INPUT_ID,
          style: TextInputStyle.Short,
          required: true,
          min_length: 1,
          max_length: CARRIER_MAX_LENGTH,
          placeholder: truncate(t(locale, 'discord.otherCarrier.placeholder'), LIMITS.textInputPlaceholder),
        },
      },
    ],
  };
}

/**
 * The template as a command line with the typed code in place of `{carrier}`.
 * The code stays one token whatever was typed (quoted when it has spaces), so
 * it can only ever be the carrier; the core checks it and suggests a close one.
 */
export function commandWithCarrier(template: string, typed: string): string {
  return fillCarrierTemplate(template, typed.trim());
}
