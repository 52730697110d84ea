import { pickLocale } from '../../src/i18n';

/**
 * The few strings only Discord shows (the catalog in src/i18n has no keys for
 * them yet): the Share button and the answers to stale or dismissed buttons.
 */
const LABELS = {
  en: {
    share: 'Share',
    expired: 'This button has expired. Run the command again.',
    dismissed: 'Nothing was changed.',
    commandRoot: 'Track parcels with TrackingMore',
  },
  it: {
    share: 'Condividi',
    expired: 'Questo pulsante è scaduto. Esegui di nuovo il comando.',
    dismissed: 'Nessuna modifica.',
    commandRoot: 'Traccia le spedizioni con TrackingMore',
  },
} as const;

export type DiscordLabel = keyof (typeof LABELS)['en'];

export function discordLabel(locale: string | undefined, key: DiscordLabel): string {
  return LABELS[pickLocale(locale)][key];
}
