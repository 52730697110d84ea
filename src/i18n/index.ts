import { en, type MessageKey } from './en';
import { it } from './it';

export type Locale = 'en' | 'it';
export type { MessageKey };

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, it };

/** 'it' for it / it-IT / it_CH…, else English. */
export function pickLocale(locale: string | undefined): Locale {
  return locale !== undefined && /^it(?:[-_]|$)/i.test(locale) ? 'it' : 'en';
}

/** The localized string for key, with `{name}` replaced by params.name. */
export function t(locale: string | undefined, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGS[pickLocale(locale)][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
