import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MetricsRegistry } from '../http/metrics';
import { metrics as processMetrics } from '../http/metrics';
import type { Logger } from '../log';
import { loadSpecValidator, type SpecValidator } from '../openapi/spec-validator';
import type { WatchedTracking } from './change-source';
import { readBodyLimited } from './read-body';
import { isValidSignature } from './webhook-signature';

export const WEBHOOK_PATH = '/webhooks/trackingmore';
const ONE_MEGABYTE = 1024 * 1024;
/** A signed push older than this is refused: a captured body cannot be replayed for long. */
const DEFAULT_MAX_AGE_SECONDS = 24 * 3600;
/** Clocks drift: a push this far in the future still counts as fresh. */
const FUTURE_SKEW_SECONDS = 5 * 60;

export interface WebhookRouteOptions {
  /** TRACKINGMORE_WEBHOOK_EMAIL, the HMAC key. Never logged nor echoed. */
  email: string;
  watcher: { handleWebhook(tracking: WatchedTracking): Promise<unknown> };
  logger: Logger;
  validator?: SpecValidator;
  metrics?: MetricsRegistry;
  maxBodyBytes?: number;
  maxAgeSeconds?: number;
  /** Unix seconds; injectable for tests. */
  now?: () => number;
}

export interface WebhookRoute {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Waits for pushes answered but still being handled (call after the HTTP server closed). */
  drain(): Promise<void>;
}

interface PushBody {
  data: WatchedTracking;
  verifyInfo: { timeStr: number | string; signature: string };
}

/**
 * POST /webhooks/trackingmore. Answers at once: 413 over the size limit, 400
 * for a body the spec rejects, 401 for a bad or stale signature, else 200,
 * and only then hands the tracking to the watcher. A push lost after the 200
 * (crash, failed delivery) is found again by polling, whose cursor does not
 * depend on pushes; a replayed push is a no-op because the subscription
 * already holds that status (or newer news).
 */
export function createWebhookRoute(options: WebhookRouteOptions): WebhookRoute {
  const validator = options.validator ?? loadSpecValidator();
  const maxBodyBytes = options.maxBodyBytes ?? ONE_MEGABYTE;
  const maxAge = options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const pushes = (options.metrics ?? processMetrics).counter('trackbot_webhook_pushes_total', 'TrackingMore webhook pushes by outcome.');
  const inFlight = new Set<Promise<void>>();

  function reply(res: ServerResponse, status: number, outcome: string, extraHeaders: Record<string, string> = {}): void {
    pushes.inc({ outcome });
    const body = JSON.stringify(status === 200 ? { ok: true } : { ok: false, error: outcome });
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...extraHeaders });
    res.end(body);
  }

  function parse(raw: Buffer): PushBody | undefined {
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return undefined;
    }
    return validator.validateWebhook(body).ok ? (body as PushBody) : undefined;
  }

  function handleLater(tracking: WatchedTracking): void {
    const work = options.watcher
      .handleWebhook(tracking)
      .then(() => undefined)
      .catch((error: unknown) => options.logger.warn({ err: error, number: tracking.tracking_number }, 'webhook: handling failed; polling will catch up'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  }

  return {
    async handle(req, res) {
      const raw = await readBodyLimited(req, maxBodyBytes);
      // Do not read the rest of an oversized body: answer and close the connection.
      if (raw === 'too-large') return reply(res, 413, 'too large', { connection: 'close' });
      const push = parse(raw);
      if (!push) return reply(res, 400, 'malformed');
      const { timeStr, signature } = push.verifyInfo;
      if (!isValidSignature(options.email, timeStr, signature)) return reply(res, 401, 'bad signature');
      const age = now() - Number(timeStr);
      if (age > maxAge || age < -FUTURE_SKEW_SECONDS) return reply(res, 401, 'stale');
      reply(res, 200, 'accepted');
      handleLater(push.data);
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
