import type { Readable, Writable } from 'node:stream';
import type Keyv from 'keyv';
import type { Logger } from 'pino';
import { createConsoleAdapter } from '../../adapters/console';
import { startDiscord } from '../../adapters/discord/adapter';
import { startSlack } from '../../adapters/slack/adapter';
import type { Core } from '../core';
import type { HttpServer } from '../http';
import type { ChatAdapter } from '../platform/adapter';
import type { SurfacePlan } from './surfaces';

export interface SurfaceContext {
  logger: Logger;
  core: Core;
  kv: Keyv;
  /** Undefined when no HTTP server runs (console mode without webhooks). */
  http?: HttpServer;
  stdin: Readable;
  stdout: Writable;
}

export interface StartedSurface {
  adapter: ChatAdapter;
  /** Resolves when the surface ends by itself (console: end of input). */
  finished?: Promise<void>;
}

/** The one place where each surface's adapter is created and started. */
export async function startSurface(plan: SurfacePlan, context: SurfaceContext): Promise<StartedSurface> {
  switch (plan.name) {
    case 'console': {
      const { core, logger, stdin, stdout } = context;
      const adapter = createConsoleAdapter({ handleText: (text, actor) => core.handleText(text, actor), input: stdin, output: stdout, logger });
      await adapter.start();
      return { adapter, finished: adapter.finished };
    }
    case 'slack': {
      const { core, kv, logger, http } = context;
      return { adapter: await startSlack({ core, config: plan.slack, kv, logger, ...(http && { http }) }) };
    }
    case 'discord': {
      const { core, kv, logger } = context;
      return { adapter: await startDiscord({ core, config: plan.discord, kv, logger }) };
    }
  }
}
