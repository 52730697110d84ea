import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { t, type MessageKey } from '../../src/i18n';
import { truncate } from '../shared/truncate';
import { DISCORD_LIMITS as LIMITS } from './limits';

export const ROOT_COMMAND = 'track';

/** The parts of a command declaration (src/commands/declarations.ts) Discord needs. */
export interface DeclaredOption {
  readonly name: string;
  readonly type: 'string' | 'integer';
  readonly required: boolean;
  readonly descriptionKey: MessageKey;
  readonly autocomplete?: string;
  readonly choices?: readonly string[];
  readonly min?: number;
}

export interface DeclaredCommand {
  readonly summaryKey: MessageKey;
  readonly options: readonly DeclaredOption[];
}

export type DeclaredCommands = Readonly<Record<string, DeclaredCommand>>;

/** Pure: `/track` with one subcommand per declared command, in English with Italian localizations. */
export function buildCommandPayload(commands: DeclaredCommands): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: ROOT_COMMAND,
    ...describe((locale) => t(locale, 'discord.commandRoot')),
    contexts: [InteractionContextType.Guild],
    options: Object.entries(commands).map(([name, command]) => subcommand(name, command)),
  };
}

function subcommand(name: string, command: DeclaredCommand): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name,
    ...describe((locale) => t(locale, command.summaryKey)),
    options: command.options.map(option),
  };
}

function option(declared: DeclaredOption): APIApplicationCommandBasicOption {
  const base = { name: declared.name, required: declared.required, ...describe((locale) => t(locale, declared.descriptionKey)) };
  if (declared.type === 'integer') {
    return { ...base, type: ApplicationCommandOptionType.Integer, ...(declared.min !== undefined && { min_value: declared.min }) };
  }
  if (declared.choices) {
    const choices = declared.choices.map((choice) => ({ name: choice, value: choice }));
    return { ...base, type: ApplicationCommandOptionType.String, choices };
  }
  return { ...base, type: ApplicationCommandOptionType.String, ...(declared.autocomplete && { autocomplete: true }) };
}

function describe(text: (locale: 'en' | 'it') => string) {
  return {
    description: truncate(text('en'), LIMITS.commandDescription),
    description_localizations: { it: truncate(text('it'), LIMITS.commandDescription) },
  };
}
