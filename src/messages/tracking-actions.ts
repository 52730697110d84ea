import { formatCommand } from '../commands/grammar';
import type { CarrierInfo } from '../core/tracking-api';
import { t } from '../i18n';
import type { ButtonAction, MessageAction, SelectAction } from './model';

/** Offered in the change-carrier select besides the detected candidates. */
export const COMMON_CARRIERS: readonly CarrierInfo[] = [
  { code: 'dhl', name: 'DHL' },
  { code: 'ups', name: 'UPS' },
  { code: 'fedex', name: 'Fedex' },
  { code: 'usps', name: 'USPS' },
  { code: '4px', name: '4PX' },
  { code: 'china-post', name: 'China post' },
  { code: 'cainiao', name: 'Cainiao' },
  { code: 'yanwen', name: 'Yanwen' },
  { code: 'royal-mail', name: 'United Kingdom Royal Mail' },
  { code: 'poste-italiane', name: 'Poste Italiane' },
];

const MAX_SELECT_OPTIONS = 25;

export function changeCarrierSelect(carrier: string, number: string, candidates: readonly CarrierInfo[], locale?: string): SelectAction {
  const seen = new Set([carrier]);
  const choices = [...candidates, ...COMMON_CARRIERS].filter((c) => !seen.has(c.code) && seen.add(c.code));
  return {
    type: 'select',
    placeholder: t(locale, 'action.changeCarrier'),
    options: choices.slice(0, MAX_SELECT_OPTIONS).map((c) => ({
      label: c.name,
      description: c.code,
      command: formatCommand('carrier', { carrier, number, 'new-carrier': c.code }),
    })),
    searchCarriersCommand: `${formatCommand('carrier', { carrier, number })} {carrier}`,
  };
}

export function deleteButton(carrier: string, number: string, locale?: string): ButtonAction {
  return {
    type: 'button',
    label: t(locale, 'action.delete'),
    style: 'danger',
    command: formatCommand('delete', { carrier, number, confirm: 'confirm' }),
    confirm: {
      title: t(locale, 'confirm.delete.title'),
      text: t(locale, 'confirm.delete.text', { carrier, number }),
      confirm: t(locale, 'confirm.delete.confirm'),
      deny: t(locale, 'confirm.delete.deny'),
    },
  };
}

export function watchButton(carrier: string, number: string, watching: boolean, locale?: string): ButtonAction {
  return watching
    ? { type: 'button', label: t(locale, 'action.unwatch'), command: formatCommand('unwatch', { carrier, number }) }
    : { type: 'button', label: t(locale, 'action.watch'), command: formatCommand('watch', { carrier, number }) };
}

export function refreshButton(carrier: string, number: string, locale?: string): ButtonAction {
  return { type: 'button', label: t(locale, 'action.refresh'), style: 'primary', command: formatCommand('refresh', { carrier, number }) };
}

export interface TrackingActionOptions {
  watching?: boolean;
  carrierCandidates?: readonly CarrierInfo[];
}

/** Refresh, change carrier, watch/unwatch, delete: every command a grammar line. */
export function trackingActions(carrier: string, number: string, options: TrackingActionOptions, locale?: string): MessageAction[] {
  return [
    refreshButton(carrier, number, locale),
    watchButton(carrier, number, options.watching === true, locale),
    changeCarrierSelect(carrier, number, options.carrierCandidates ?? [], locale),
    deleteButton(carrier, number, locale),
  ];
}
