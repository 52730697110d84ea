import { COMMANDS } from './declarations';
import { bindRecord, bindTokens, optionsOf, validate } from './bind';
import { closestMatch } from './suggest';
import { quoteToken, tokenize } from './tokenize';
import type { CommandName, ParseResult, TrackingPair } from './types';

const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

const WORDS = new Map<string, CommandName>(
  COMMAND_NAMES.flatMap((name) => [[name, name] as const, ...COMMANDS[name].aliases.map((alias) => [alias, name] as const)]),
);

export function commandByWord(word: string): CommandName | undefined {
  return WORDS.get(word.toLowerCase());
}

/** Tracking numbers are at least 5 letters/digits/dashes and, in practice, always hold a digit. */
function looksLikeTrackingNumber(word: string): boolean {
  return /^[0-9a-z_-]{5,}$/i.test(word) && /\d/.test(word);
}

/** Parses one line of the text grammar (what follows /track, or a button's command). */
export function parseCommand(text: string): ParseResult {
  const tokens = tokenize(text.trim().replace(/^\/track(\s+|$)/i, ''));
  if (tokens === 'unclosed-quote') return { ok: false, error: { kind: 'unclosed-quote' } };
  const [first, ...rest] = tokens;
  if (first === undefined) return { ok: true, invocation: { name: 'help', args: {} } };
  const named = first.key === undefined ? commandByWord(first.text) : undefined;
  if (named) {
    const bound = bindTokens(named, rest);
    return bound.ok ? validate(named, bound.value) : bound;
  }
  if (rest.length === 0 && !looksLikeTrackingNumber(first.text))
    return { ok: false, error: { kind: 'unknown-command', word: first.text, suggestion: closestMatch(first.text, [...WORDS.keys()]) } };
  const implied: CommandName = rest.length === 0 ? 'detect' : 'show';
  const bound = bindTokens(implied, tokens);
  return bound.ok ? validate(implied, bound.value) : bound;
}

/** Validates structured arguments (Discord options) against the same declarations. */
export function parseArgs(name: string, record: Record<string, string | number | undefined>): ParseResult {
  const command = commandByWord(name);
  if (!command) return { ok: false, error: { kind: 'unknown-command', word: name, suggestion: closestMatch(name, [...WORDS.keys()]) } };
  return validate(command, bindRecord(command, record));
}

type FormatValue = string | number | readonly TrackingPair[] | undefined;

/** The grammar line for a command; parseCommand(formatCommand(x)) gives x back. */
export function formatCommand(name: CommandName, args: Record<string, FormatValue>): string {
  const parts: string[] = [name];
  for (const option of optionsOf(name)) {
    const value = args[option.name];
    if (value === undefined || value === '') continue;
    if (typeof value === 'object') parts.push(...value.flatMap((pair) => [quoteToken(pair.carrier), quoteToken(pair.number)]));
    else if (option.kind === 'keyvalue') parts.push(`${option.name}=${quoteToken(String(value))}`);
    else parts.push(quoteToken(String(value)));
  }
  return parts.join(' ');
}

/**
 * A searchCarriersCommand template with the chosen code in place of
 * `{carrier}`. The code is quoted as one token whatever it holds, so it can
 * only ever be the carrier argument (the core then checks it).
 */
export function fillCarrierTemplate(template: string, code: string): string {
  return template.split('{carrier}').join(quoteToken(code));
}

/** `<carrier> <number>`, the short form of show; the long form when the carrier code is also a command word. */
export function showLine(carrier: string, number: string): string {
  return commandByWord(carrier) ? formatCommand('show', { carrier, number }) : `${quoteToken(carrier)} ${quoteToken(number)}`;
}
