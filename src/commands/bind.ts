import { COMMANDS } from './declarations';
import type { ArgsOf, CommandName, Invocation, OptionDeclaration, ParseError, TrackingPair } from './types';
import type { Token } from './tokenize';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: ParseError };

/** Raw option values before validation; pairs keep their tokens. */
export type RawArgs = Map<string, string | string[]>;

export function optionsOf(name: CommandName): readonly OptionDeclaration[] {
  return COMMANDS[name].options;
}

/** `list 2`: a number where an optional word is expected goes to the integer option after it. */
function skipsToInteger(option: OptionDeclaration, next: OptionDeclaration | undefined, token: string | undefined): boolean {
  return !option.required && option.type === 'string' && next?.type === 'integer' && token !== undefined && /^\d+$/.test(token);
}

/** `stop dhl 1 ups 2 confirm`: the last word belongs to an option after the pairs when it is one of its choices. */
function endsWithLaterChoice(later: readonly OptionDeclaration[], plain: readonly string[]): boolean {
  const last = plain[plain.length - 1]?.toLowerCase();
  return last !== undefined && later.some((o) => 'choices' in o && (o.choices as readonly string[]).includes(last));
}

/** Puts the tokens after the command word into the command's options. */
export function bindTokens(name: CommandName, tokens: readonly Token[]): Outcome<RawArgs> {
  const options = optionsOf(name);
  const raw: RawArgs = new Map();
  const plain: string[] = [];
  for (const token of tokens) {
    const keyOption = token.key === undefined ? undefined : options.find((o) => o.kind === 'keyvalue' && o.name === token.key);
    if (keyOption && token.value !== undefined) raw.set(keyOption.name, token.value);
    else if (token.key !== undefined && options.some((o) => o.kind === 'keyvalue'))
      return { ok: false, error: { kind: 'unknown-key', command: name, key: token.key } };
    else plain.push(token.text);
  }
  for (const [index, option] of options.entries()) {
    if (option.kind === 'positional') {
      if (skipsToInteger(option, options[index + 1], plain[0])) continue;
      const value = plain.shift();
      if (value !== undefined) raw.set(option.name, value);
    } else if (option.kind === 'rest' && plain.length > 0) {
      raw.set(option.name, plain.splice(0).join(' '));
    } else if (option.kind === 'pairs') {
      raw.set(option.name, plain.splice(0, plain.length - (endsWithLaterChoice(options.slice(index + 1), plain) ? 1 : 0)));
    }
  }
  if (plain.length > 0) return { ok: false, error: { kind: 'too-many-arguments', command: name, extra: plain.join(' ') } };
  return { ok: true, value: raw };
}

/** Structured arguments (Discord options, run()) into raw values; pairs may come as one text. */
export function bindRecord(name: CommandName, record: Record<string, string | number | undefined>): RawArgs {
  const raw: RawArgs = new Map();
  for (const option of optionsOf(name)) {
    const value = record[option.name];
    if (value === undefined || value === '') continue;
    raw.set(option.name, option.kind === 'pairs' ? String(value).split(/[\s,]+/).filter(Boolean) : String(value));
  }
  return raw;
}

function checkValue(name: CommandName, option: OptionDeclaration, value: string): Outcome<string | number> {
  const invalid: Outcome<never> = { ok: false, error: { kind: 'invalid-option', command: name, option: option.name, value } };
  if (option.type === 'integer') {
    const number = Number(value);
    const min = 'min' in option ? option.min : undefined;
    return Number.isInteger(number) && (min === undefined || number >= min) ? { ok: true, value: number } : invalid;
  }
  const lowered = 'autocomplete' in option || 'choices' in option || 'eachOf' in option ? value.toLowerCase() : value;
  if ('choices' in option && !(option.choices as readonly string[]).includes(lowered)) return invalid;
  if ('eachOf' in option && !lowered.split(',').every((part) => (option.eachOf as readonly string[]).includes(part)))
    return invalid;
  if ('pattern' in option && !new RegExp(option.pattern).test(value)) return invalid;
  return { ok: true, value: lowered };
}

function checkPairs(name: CommandName, tokens: readonly string[]): Outcome<TrackingPair[]> {
  if (tokens.length % 2 === 1)
    return { ok: false, error: { kind: 'odd-pairs', command: name, dangling: tokens[tokens.length - 1] ?? '' } };
  const pairs: TrackingPair[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 2)
    pairs.push({ carrier: (tokens[i] ?? '').toLowerCase(), number: tokens[i + 1] ?? '' });
  return { ok: true, value: pairs };
}

/** Checks presence, types, choices and patterns; produces the handler's typed arguments. */
export function validate<N extends CommandName>(name: N, raw: RawArgs): { ok: true; invocation: Invocation } | { ok: false; error: ParseError } {
  const args: Record<string, unknown> = {};
  for (const option of optionsOf(name)) {
    const value = raw.get(option.name);
    const missing = value === undefined || (Array.isArray(value) && value.length === 0);
    if (missing) {
      if (option.required) return { ok: false, error: { kind: 'missing-option', command: name, option: option.name } };
      continue;
    }
    const checked = Array.isArray(value) ? checkPairs(name, value) : checkValue(name, option, value);
    if (!checked.ok) return checked;
    args[option.name] = checked.value;
  }
  return { ok: true, invocation: { name, args: args as ArgsOf<N> } as Invocation };
}
