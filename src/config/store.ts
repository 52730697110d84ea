import type { EnvReader } from './fields';
import { STORE_SCHEMES, type StoreScheme } from './types';

export const DEFAULT_STORE_URL = 'sqlite://./data/trackbot.sqlite';

export function readStore(env: EnvReader): { url: string; scheme: StoreScheme } {
  const url = env.optional('STORE_URL') ?? DEFAULT_STORE_URL;
  const scheme = /^([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && (STORE_SCHEMES as readonly string[]).includes(scheme)) {
    return { url, scheme: scheme as StoreScheme };
  }
  // The URL may hold a password: name the variable, not the value.
  env.fail(`STORE_URL must start with ${STORE_SCHEMES.map((s) => `${s}://`).join(', ')} (default ${DEFAULT_STORE_URL}).`);
  return { url: DEFAULT_STORE_URL, scheme: 'sqlite' };
}
