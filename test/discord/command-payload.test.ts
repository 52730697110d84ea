import { ApplicationCommandOptionType as Type } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { buildCommandPayload } from '../../adapters/discord/command-payload';
import { COMMANDS } from '../../src/commands/declarations';
import { t } from '../../src/i18n';

const payload = buildCommandPayload(COMMANDS);
const sub = (name: string) => payload.options?.find((o) => o.name === name) as any;

describe('buildCommandPayload', () => {
  it('derives one subcommand per declared command, with localized descriptions', () => {
    expect(payload.name).toBe('track');
    expect(payload.options?.map((o) => o.name)).toEqual(Object.keys(COMMANDS));
    expect(payload.options?.every((o) => o.type === Type.Subcommand)).toBe(true);
    expect(sub('show')).toMatchObject({ description: t('en', 'cmd.show.summary'), description_localizations: { it: t('it', 'cmd.show.summary') } });
  });

  it('types options, marks carriers for autocomplete and lists closed choices', () => {
    expect(sub('show').options.map((o: any) => [o.name, o.type, o.required])).toEqual(
      COMMANDS.show.options.map((o) => [o.name, Type.String, o.required]),
    );
    expect(sub('show').options[0]).toMatchObject({ name: 'carrier', autocomplete: true });
    expect(sub('show').options[1].autocomplete).toBeUndefined();
    expect(sub('list').options[0].choices.map((c: any) => c.value)).toEqual([...COMMANDS.list.options[0].choices]);
    expect(sub('list').options[1]).toMatchObject({ name: 'page', type: Type.Integer, min_value: 1 });
    expect(sub('carrier').options[2]).toMatchObject({ name: 'new-carrier', autocomplete: true, required: true });
  });

  it('stays within Discord limits: names, 100-character descriptions, required options first', () => {
    for (const command of payload.options ?? []) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
      const options = (command as any).options as any[];
      expect(options.length).toBeLessThanOrEqual(25);
      const firstOptional = options.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
      for (const option of options) expect(option.description.length).toBeLessThanOrEqual(100);
    }
    expect(payload.options?.length).toBeLessThanOrEqual(25);
  });
});
