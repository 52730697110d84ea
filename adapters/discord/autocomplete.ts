import type { AutocompleteInteraction } from 'discord.js';
import { COMMANDS } from '../../src/commands/declarations';
import { commandByWord } from '../../src/commands/grammar';
import type { HandlerDeps } from './handler-deps';
import { truncate } from '../shared/truncate';
import { DISCORD_LIMITS as LIMITS } from './limits';
import { loggableError } from './log-error';

/** Carrier options: suggestions by code and name from the core's carrier list. */
export async function handleAutocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (!isCarrierOption(interaction.options.getSubcommand(), focused.name)) {
    await interaction.respond([]);
    return;
  }
  const carriers = await deps.core.completeCarriers(String(focused.value), LIMITS.autocompleteChoices).catch((error: unknown) => {
    deps.logger.warn({ err: loggableError(error) }, 'discord: carrier autocomplete failed');
    return [];
  });
  await interaction.respond(
    carriers.slice(0, LIMITS.autocompleteChoices).map((carrier) => ({
      name: truncate(`${carrier.name} (${carrier.code})`, LIMITS.choiceName),
      value: carrier.code,
    })),
  );
}

function isCarrierOption(subcommand: string, optionName: string): boolean {
  const name = commandByWord(subcommand);
  const options: readonly { name: string; autocomplete?: string }[] = name ? COMMANDS[name].options : [];
  return options.some((option) => option.name === optionName && option.autocomplete === 'carrier');
}
