import { App, HTTPReceiver, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../../src/config';

export const EVENTS_PATH = '/slack/events';

export interface BoltApp {
  app: App;
  /** HTTP mode: whose requestListener is mounted on the app's one HTTP server. */
  receiver?: HTTPReceiver;
}

/**
 * The Bolt App for the configured mode. HTTP mode gets a hand-built
 * HTTPReceiver that is never started (it must not open a port of its own);
 * Socket Mode lets the App build its SocketModeReceiver, which takes the Web
 * API options (for apps.connections.open) from installerOptions.clientOptions.
 * Initialization is deferred so a bad token fails start-up as a rejection.
 */
export function createBoltApp(config: SlackConfig, logger: BoltLogger, extraClientOptions: webApi.WebClientOptions = {}): BoltApp {
  const clientOptions: webApi.WebClientOptions = {
    ...extraClientOptions,
    ...(config.apiUrl !== undefined && { slackApiUrl: `${config.apiUrl.replace(/\/+$/, '')}/` }),
  };
  if (config.mode === 'socket') {
    const app = new App({
      token: config.botToken,
      appToken: config.appToken,
      socketMode: true,
      logger,
      clientOptions,
      installerOptions: { clientOptions },
      deferInitialization: true,
    });
    return { app };
  }
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: [EVENTS_PATH], logger });
  const app = new App({ token: config.botToken, receiver, logger, clientOptions, deferInitialization: true });
  return { app, receiver };
}
