import { COMMANDS, usageOf } from '../commands/declarations';
import type { ParseError } from '../commands/types';
import { t, type MessageKey } from '../i18n';
import type { TrackingMoreErrorKind } from '../trackingmore/errors';
import type { BotMessage } from './model';

export function errorMessage(text: string): BotMessage {
  return { kind: 'error', text, visibility: 'private' };
}

/** One clear, actionable reply per TrackingMore failure kind. */
export function trackingMoreErrorView(kind: TrackingMoreErrorKind, locale?: string): BotMessage {
  return errorMessage(t(locale, `error.${kind}`));
}

export function genericErrorView(locale?: string): BotMessage {
  return errorMessage(t(locale, 'error.generic'));
}

function choicesOf(command: keyof typeof COMMANDS, optionName: string): readonly string[] | undefined {
  const option = COMMANDS[command].options.find((o) => o.name === optionName);
  if (option && 'choices' in option) return option.choices;
  if (option && 'eachOf' in option) return option.eachOf;
  return undefined;
}

/** One reply per parse error: what was wrong, and what to type instead. */
export function parseErrorView(error: ParseError, locale?: string): BotMessage {
  const say = (key: MessageKey, params: Record<string, string> = {}): string => t(locale, key, params);
  switch (error.kind) {
    case 'unclosed-quote':
      return errorMessage(say('parse.unclosedQuote'));
    case 'unknown-command': {
      const hint = error.suggestion ? say('parse.didYouMean', { suggestion: error.suggestion }) : say('parse.tryHelp');
      return errorMessage(`${say('parse.unknownCommand', { word: error.word })} ${hint}`);
    }
    case 'missing-option':
      return errorMessage(say('parse.missingOption', { command: error.command, option: error.option, usage: usageOf(error.command) }));
    case 'invalid-option': {
      const choices = choicesOf(error.command, error.option);
      return errorMessage(
        choices
          ? say('parse.invalidChoice', { value: error.value, option: error.option, choices: choices.join(', ') })
          : say('parse.invalidOption', { value: error.value, option: error.option, usage: usageOf(error.command) }),
      );
    }
    case 'unknown-key':
      return errorMessage(say('parse.unknownKey', { command: error.command, key: error.key, usage: usageOf(error.command) }));
    case 'too-many-arguments':
      return errorMessage(say('parse.tooMany', { command: error.command, extra: error.extra, usage: usageOf(error.command) }));
    case 'odd-pairs':
      return errorMessage(say('parse.oddPairs', { dangling: error.dangling, usage: usageOf(error.command) }));
  }
}

/** "Unknown carrier `dhx`. Did you mean `dhl`? Try: `dhl 1234567890`" */
export function unknownCarrierView(carrier: string, suggestion: { code: string; example: string } | undefined, locale?: string): BotMessage {
  const hint = suggestion
    ? t(locale, 'carrier.suggest', { suggestion: suggestion.code, example: suggestion.example })
    : t(locale, 'carrier.search', { carrier });
  return errorMessage(`${t(locale, 'carrier.unknown', { carrier })} ${hint}`);
}

export function permissionDeniedView(carrier: string, number: string, locale?: string): BotMessage {
  return errorMessage(t(locale, 'permission.denied', { carrier, number }));
}
