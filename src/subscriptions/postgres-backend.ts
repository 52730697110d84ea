import KeyvPostgres, { type KeyvPostgresOptions } from '@keyv/postgres';
import Keyv from 'keyv';
import pg from 'pg';
import { type BackendOptions, closeOnce, DEFAULT_CLIENT_NAME, type KeyvBackend, reportErrors } from './keyv-backend';

const CONNECT_TIMEOUT_MS = 5_000;

type Query = (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

/** admin_shutdown, crash_shutdown, cannot_connect_now: the server dropped the connection. */
const DROPPED_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03']);
/** A pool can hold several dead idle connections before their 'error' events arrive. */
const DROPPED_CONNECTION_RETRIES = 3;

function isDroppedConnection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && DROPPED_CONNECTION_CODES.has(code)) || /Connection terminated/i.test(error.message);
}

/**
 * keyv's statements are upserts, deletes and reads, so running one again on a
 * fresh connection after the server dropped the old one is safe.
 */
async function queryRows(pool: InstanceType<typeof pg.Pool>, sql: string, values?: unknown[]): Promise<Record<string, unknown>[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await pool.query(sql, values)).rows;
    } catch (error) {
      if (attempt >= DROPPED_CONNECTION_RETRIES || !isDroppedConnection(error)) throw error;
    }
  }
}

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
    return (sql, values) => queryRows(pool, sql, values);
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
