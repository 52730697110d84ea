import type { App, HTTPReceiver, webApi } from '@slack/bolt';
import type Keyv from 'keyv';
import type { SlackConfig } from '../../src/config';
import type { HttpServer } from '../../src/http';
import type { Logger } from '../../src/log';
import type { BotMessage } from '../../src/messages/model';
import type { ChannelAddress, ChatAdapter, DeliveryResult } from '../../src/platform/adapter';
import { createBoltApp, EVENTS_PATH } from './bolt-app';
import { boltLogger } from './bolt-logger';
import type { SlackCore } from './core-port';
import { deliverMessage } from './deliver';
import type { HandlerDeps } from './handler-deps';
import { registerCarrierChoice } from './listeners/carrier-choice';
import { registerCarrierOptions } from './listeners/carrier-options';
import { registerRunAction } from './listeners/run-action';
import { registerShare } from './listeners/share';
import { registerTrackCommand } from './listeners/track-command';
import { loggableError } from './log-error';
import { ActionStash } from './stash';
import { UserDirectory } from './user-directory';

export interface SlackAdapterOptions {
  core: SlackCore;
  config: SlackConfig;
  /** Holds the commands and views behind hashed button values. */
  kv: Keyv;
  logger: Logger;
  /** The app's one HTTP server: HTTP mode mounts POST /slack/events on it. */
  http?: HttpServer;
  /** Web API client options; tests pass `retryConfig: { retries: 0 }` (production keeps Bolt's retries). */
  clientOptions?: webApi.WebClientOptions;
}

export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  readonly app: App;
  private readonly receiver: HTTPReceiver | undefined;
  private readonly deps: HandlerDeps;
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(private readonly options: SlackAdapterOptions) {
    const { app, receiver } = createBoltApp(options.config, boltLogger(options.logger), options.clientOptions);
    this.app = app;
    this.receiver = receiver;
    const directory = new UserDirectory((args) => app.client.users.info(args), options.logger);
    this.deps = { core: options.core, stash: new ActionStash(options.kv), directory, logger: options.logger, stopping: () => this.stopping };
    // Every listener runs inside next(): tracking it here lets stop() wait for work in flight.
    app.use(async ({ next }) => {
      const work = next();
      this.inFlight.add(work);
      try {
        await work;
      } finally {
        this.inFlight.delete(work);
      }
    });
    registerTrackCommand(app, this.deps);
    registerRunAction(app, this.deps);
    registerCarrierChoice(app, this.deps);
    registerCarrierOptions(app, this.deps);
    registerShare(app, this.deps);
    app.error(async (error) => {
      options.logger.error({ err: loggableError(error) }, 'slack: listener failed');
    });
  }

  async start(): Promise<void> {
    const { config, http, logger } = this.options;
    if (config.mode === 'http' && http === undefined) throw new Error('Slack HTTP mode needs the HTTP server to mount POST /slack/events on');
    try {
      await this.app.init();
    } catch (error) {
      const { slackError, name } = loggableError(error);
      throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${String(slackError ?? name)})`);
    }
    if (this.receiver !== undefined && http !== undefined) {
      const listener = this.receiver.requestListener;
      http.addRoute('POST', EVENTS_PATH, (req, res) => listener(req, res));
      logger.info({ path: EVENTS_PATH }, 'slack: HTTP mode, listening for events');
    } else {
      await this.app.start();
      logger.info('slack: connected over Socket Mode');
    }
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await Promise.allSettled([...this.inFlight]);
    if (this.options.config.mode === 'socket') await this.app.stop();
  }

  deliver(to: ChannelAddress, message: BotMessage, _idempotencyKey: string): Promise<DeliveryResult> {
    // Slack has no nonce: the watcher's saved state is the guard against a repeat (see deliver.ts).
    return deliverMessage((args) => this.app.client.chat.postMessage(args), this.deps.stash, to, message);
  }
}

/** Creates the adapter and starts it: HTTP mode mounts its route, Socket Mode connects. */
export async function startSlack(options: SlackAdapterOptions): Promise<SlackAdapter> {
  const adapter = new SlackAdapter(options);
  await adapter.start();
  return adapter;
}
