import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createCore } from '../core';
import { createHttpServer, type HttpServer } from '../http';
import { openStore } from '../subscriptions/open-store';
import { createWebhookRoute, WEBHOOK_PATH } from '../watcher/webhook-route';
import { pollIntervalMs, startPolling } from './polling';
import { Resources } from './resources';
import { startSurface, type StartedSurface } from './start-surfaces';
import { chooseSurfaces, isConsoleMode, needsHttpServer } from './surfaces';
import { connectTrackingMore } from './trackingmore';
import { watcherOnStore } from '../watcher/watcher-on-store';

export interface AppIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface RunningApp {
  /** Console: resolves at end of input, once every line is answered. Servers: never by itself. */
  readonly finished: Promise<void>;
  /** Stops the surfaces (they finish in-flight work), then closes HTTP, store and sandbox. Idempotent. */
  stop(): Promise<void>;
}

/** Start-up order: TrackingMore (or sandbox) -> store -> core -> surfaces -> watcher -> listen -> polling. */
export async function startApp(config: Config, logger: Logger, io: AppIo): Promise<RunningApp> {
  const resources = new Resources();
  const plans = chooseSurfaces(config);
  const consoleMode = isConsoleMode(plans);
  // The console's stdout is the chat; announcements go to stderr as plain lines there.
  const announce = (line: string) => (consoleMode ? io.stderr.write(`${line}\n`) : logger.info(line));

  try {
    const tm = await connectTrackingMore(config, logger, resources, announce);
    const store = await openStore(config.store.url, { onError: (error) => logger.error({ err: error }, 'store error') });
    resources.add('store', () => store.close());
    const core = createCore({
      tm,
      subscriptions: store.subscriptions,
      kv: store.kv,
      config: { slackAdminUserIds: config.slack?.adminUserIds ?? [], discordAdminRoleIds: config.discord?.adminRoleIds ?? [] },
      onUnexpectedError: (error, command) => logger.error({ err: error, command }, 'command failed unexpectedly'),
      // The audit trail of data-changing commands: who changed what, where.
      onChange: (actor, command, args) =>
        logger.info({ platform: actor.platform, workspace: actor.workspaceId, channel: actor.channelId, user: actor.userId, command, args }, 'audit: command changed data'),
    });

    const started: StartedSurface[] = [];
    const http = needsHttpServer(config, plans)
      ? createHttpServer({ port: config.port, logger, health: () => ({ surfaces: started.map((s) => s.adapter.platform), store: config.store.scheme }) })
      : undefined;
    for (const plan of plans) {
      const surface = await startSurface(plan, { logger, core, kv: store.kv, http, stdin: io.stdin, stdout: io.stdout });
      started.push(surface);
      resources.add(plan.name, () => surface.adapter.stop());
    }
    const watcher = watcherOnStore({
      source: tm,
      store,
      adapters: new Map(started.map((surface) => [surface.adapter.platform, surface.adapter])),
      logger,
      stall: { days: config.stallAlertDays },
    });
    // Routes (Slack by its surface, the TrackingMore webhook next to the watcher) are mounted
    // before listening, so no request meets a missing route.
    const { webhookEmail } = config.trackingMore;
    if (http !== undefined && webhookEmail !== undefined) {
      const webhooks = createWebhookRoute({ email: webhookEmail, watcher, kv: store.kv, logger });
      http.addRoute('POST', WEBHOOK_PATH, (req, res) => webhooks.handle(req, res));
      // Closed after the HTTP server (resources close in reverse): pushes already answered finish first.
      resources.add('webhooks', () => webhooks.drain());
    }
    if (http !== undefined) await listen(http, resources, logger);
    const polling = startPolling(() => watcher.runCycle(), pollIntervalMs(config), logger);
    resources.add('polling', () => polling.stop());

    const finished = Promise.all(started.map((s) => s.finished ?? new Promise<never>(() => undefined))).then(() => undefined);
    let stopping: Promise<void> | undefined;
    return { finished, stop: () => (stopping ??= resources.closeAll(logger)) };
  } catch (error) {
    await resources.closeAll(logger);
    throw error;
  }
}

async function listen(http: HttpServer, resources: Resources, logger: Logger): Promise<void> {
  const { port } = await http.listen();
  resources.add('http', () => http.close());
  logger.info({ port }, 'HTTP server listening');
}
