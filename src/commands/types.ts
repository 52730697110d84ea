import type { COMMANDS } from './declarations';

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;
export type CommandDeclaration = Commands[CommandName];
export type OptionDeclaration = CommandDeclaration['options'][number];

export interface TrackingPair {
  carrier: string;
  number: string;
}

type OptionValue<O> = O extends { kind: 'pairs' }
  ? TrackingPair[]
  : O extends { type: 'integer' }
    ? number
    : O extends { choices: readonly (infer C)[] }
      ? C
      : string;

type OptionsOf<N extends CommandName> = Commands[N]['options'][number];

/** Handler arguments, derived from the declaration of command N. */
export type ArgsOf<N extends CommandName> = {
  [O in OptionsOf<N> as O extends { required: true } ? O['name'] : never]: OptionValue<O>;
} & {
  [O in OptionsOf<N> as O extends { required: true } ? never : O['name']]?: OptionValue<O>;
};

/** A parsed, validated command line. */
export type Invocation = { [N in CommandName]: { name: N; args: ArgsOf<N> } }[CommandName];

/** What was wrong with a command line: each maps to one i18n message. */
export type ParseError =
  | { kind: 'unknown-command'; word: string; suggestion?: string }
  | { kind: 'missing-option'; command: CommandName; option: string }
  | { kind: 'invalid-option'; command: CommandName; option: string; value: string }
  | { kind: 'unknown-key'; command: CommandName; key: string }
  | { kind: 'too-many-arguments'; command: CommandName; extra: string }
  | { kind: 'odd-pairs'; command: CommandName; dangling: string }
  | { kind: 'unclosed-quote' };

export type ParseResult = { ok: true; invocation: Invocation } | { ok: false; error: ParseError };
