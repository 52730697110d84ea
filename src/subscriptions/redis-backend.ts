import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { type BackendOptions, closeOnce, DEFAULT_CLIENT_NAME, type KeyvBackend } from './keyv-backend';

const CONNECT_TIMEOUT_MS = 5_000;
const MAX_RECONNECT_DELAY_MS = 2_000;

/**
 * `redis://` or `rediss://`. One client shared by all namespaces. The first
 * connect fails fast (bad URL or server down at start-up is a config error);
 * afterwards the client reconnects with back-off, and commands issued while
 * disconnected reject at once instead of queueing without bound.
 */
export async function openRedisBackend(url: string, options: BackendOptions): Promise<KeyvBackend> {
  let everConnected = false;
  const client = createClient({
    url,
    name: options.clientName ?? DEFAULT_CLIENT_NAME,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number, cause: Error) =>
        everConnected ? Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) : cause,
    },
  });
  client.on('error', (error: unknown) => options.onError?.(error));
  await client.connect();
  everConnected = true;
  return {
    namespace(name) {
      const namespace = `${options.namespacePrefix ?? ''}${name}`;
      const adapter = new KeyvRedis(client, { namespace, throwOnErrors: true });
      // The adapter prefixes keys itself (like @keyv/redis createKeyv does).
      // Connection errors reach onError once, through the client listener above.
      return new Keyv({ store: adapter, namespace, useKeyPrefix: false, throwOnErrors: true });
    },
    close: closeOnce(async () => {
      if (client.isOpen) await client.close();
    }),
  };
}
