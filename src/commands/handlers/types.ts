import type { HandlerInput } from '../context';
import type { CommandName } from '../types';

export type { CommandName };
/** What every handler receives, whatever its arguments. */
export type HandlerInputBase = Omit<HandlerInput<CommandName>, 'args'>;
