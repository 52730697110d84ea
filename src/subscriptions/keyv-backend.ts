import type Keyv from 'keyv';

/** One connection to a storage server, handing out a Keyv per namespace. */
export interface KeyvBackend {
  /** Operations reject on storage errors (never a silent undefined). */
  namespace(name: string): Keyv;
  /** Idempotent. */
  close(): Promise<void>;
}

export interface BackendOptions {
  /** Prepended to every namespace, e.g. to keep test runs apart. */
  namespacePrefix?: string;
  /** Shown to the server (Redis CLIENT LIST, pg_stat_activity); default "trackbot". */
  clientName?: string;
  /** Background errors (lost connection, reconnect failures); operations also reject. */
  onError?: (error: unknown) => void;
}

export const DEFAULT_CLIENT_NAME = 'trackbot';

export function closeOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

export function reportErrors(keyv: Keyv, onError: BackendOptions['onError']): Keyv {
  keyv.on('error', (error: unknown) => onError?.(error));
  return keyv;
}
