import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { type BackendOptions, closeOnce, type KeyvBackend, reportErrors } from './keyv-backend';

// Each namespace has its own sqlite3 connection to the file; writers wait
// for each other instead of failing with SQLITE_BUSY.
const BUSY_TIMEOUT_MS = 5_000;

/**
 * WAL lets readers and the writer work at once, and synchronous=NORMAL syncs
 * at checkpoints instead of on every commit: a committed write survives a
 * crash of the process (what the watcher's exactly-once relies on); only a
 * power loss can take the last commits back. journal_mode is kept in the
 * file, synchronous is per connection.
 */
const CONNECTION_PRAGMAS = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL'];

/** `sqlite://relative/or/absolute/path.db`; the parent directory is created. */
export async function openSqliteBackend(url: string, options: BackendOptions): Promise<KeyvBackend> {
  const path = url.replace(/^sqlite:\/\//, '');
  if (path === '') throw new Error('sqlite URL needs a file path, e.g. sqlite://data/trackbot.db');
  await mkdir(dirname(path), { recursive: true });
  const adapters: KeyvSqlite[] = [];
  return {
    namespace(name) {
      const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: BUSY_TIMEOUT_MS });
      adapters.push(adapter);
      // Once per connection; they change speed and durability, not results, so keyv need not wait for them.
      for (const pragma of CONNECTION_PRAGMAS) void adapter.query(pragma).catch((error: unknown) => options.onError?.(error));
      const keyv = new Keyv({ store: adapter, namespace: `${options.namespacePrefix ?? ''}${name}`, throwOnErrors: true });
      return reportErrors(keyv, options.onError);
    },
    close: closeOnce(async () => {
      await Promise.all(adapters.map((adapter) => adapter.disconnect()));
    }),
  };
}
