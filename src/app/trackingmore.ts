import type { Logger } from 'pino';
import type { Config } from '../config';
import { startSandbox } from '../sandbox';
import { TrackingMoreClient } from '../trackingmore/client';
import type { Resources } from './resources';

/** Only ever sent to the sandbox on 127.0.0.1. */
const SANDBOX_API_KEY = 'sandbox-key';

const SANDBOX_ANNOUNCEMENT = 'Using the built-in sandbox TrackingMore (no TRACKINGMORE_API_KEY set)';

/** The real API when a key is set; otherwise the embedded sandbox on 127.0.0.1. */
export async function connectTrackingMore(
  config: Config,
  logger: Logger,
  resources: Resources,
  announce: (line: string) => void,
): Promise<TrackingMoreClient> {
  const { apiKey, apiUrl } = config.trackingMore;
  if (apiKey !== undefined) return new TrackingMoreClient({ apiKey, baseUrl: apiUrl, logger });
  const sandbox = await startSandbox({ apiKey: SANDBOX_API_KEY, host: '127.0.0.1', port: 0, logger });
  resources.add('sandbox', () => sandbox.close());
  announce(SANDBOX_ANNOUNCEMENT);
  return new TrackingMoreClient({ apiKey: SANDBOX_API_KEY, baseUrl: sandbox.url, logger });
}
