import KeyvPostgres, { type KeyvPostgresOptions } from '@keyv/postgres';
import Keyv from 'keyv';
import pg from 'pg';
import { type BackendOptions, closeOnce, DEFAULT_CLIENT_NAME, type KeyvBackend, reportErrors } from './keyv-backend';

const CONNECT_TIMEOUT_MS = 5_000;

type Query = (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * @keyv/postgres keeps one module-global pool with no 'error' listener: an
 * idle connection dropped by the server would crash the process, and closing
 * one store would end every other's pool. This adapter runs on our own pool.
 */
class PoolKeyvPostgres extends KeyvPostgres {
  // Called by the parent constructor, before subclass fields exist: the pool
  // travels in the options.
  override async connect(): Promise<Query> {
    const { pool } = this.opts as { pool: InstanceType<typeof pg.Pool> };
    return async (sql, values) => (await pool.query(sql, values)).rows;
  }

  /** The pool belongs to the backend, which ends it once for all namespaces. */
  override async disconnect(): Promise<void> {}
}

/** `postgres://` or `postgresql://`; keyv's table `keyv` in schema `public`. */
export async function openPostgresBackend(url: string, options: BackendOptions): Promise<KeyvBackend> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: options.clientName ?? DEFAULT_CLIENT_NAME,
  });
  pool.on('error', (error) => options.onError?.(error));
  return {
    namespace(name) {
      const adapter = new PoolKeyvPostgres({ uri: url, pool } as KeyvPostgresOptions);
      const keyv = new Keyv({ store: adapter, namespace: `${options.namespacePrefix ?? ''}${name}`, throwOnErrors: true });
      return reportErrors(keyv, options.onError);
    },
    close: closeOnce(() => pool.end()),
  };
}
