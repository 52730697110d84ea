import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/declarations';
import { CATALOGS, pickLocale, t } from '../../src/i18n';

describe('i18n', () => {
  it('English and Italian have exactly the same keys, none empty', () => {
    expect(Object.keys(CATALOGS.it).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    for (const catalog of Object.values(CATALOGS)) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });

  it('keeps the same {placeholders} in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(CATALOGS.en) as (keyof typeof CATALOGS.en)[])
      expect(placeholders(CATALOGS.it[key]), key).toEqual(placeholders(CATALOGS.en[key]));
  });

  it('every description key a declaration names is in the catalog', () => {
    for (const command of Object.values(COMMANDS)) {
      expect(CATALOGS.en).toHaveProperty([command.summaryKey]);
      for (const option of command.options) expect(CATALOGS.en).toHaveProperty([option.descriptionKey]);
    }
  });

  it('picks Italian for it / it-IT / it_CH, English otherwise', () => {
    expect(pickLocale('it')).toBe('it');
    expect(pickLocale('it-IT')).toBe('it');
    expect(pickLocale('it_CH')).toBe('it');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('item')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('fills parameters', () => {
    expect(t('en', 'delete.done', { carrier: 'dhl', number: '123' })).toBe('Deleted dhl 123.');
    expect(t('it-IT', 'delete.done', { carrier: 'dhl', number: '123' })).toBe('dhl 123 eliminata.');
  });
});
