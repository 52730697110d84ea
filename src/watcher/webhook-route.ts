import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Keyv from 'keyv';
import type { MetricsRegistry } from '../http/metrics';
import { metrics as processMetrics } from '../http/metrics';
import type { Logger } from '../log';
import { loadSpecValidator, type SpecValidator } from '../openapi/spec-validator';
import { KeyedLock } from '../subscriptions/keyed-lock';
import type { TrackingRef } from '../subscriptions/store';
import { readBodyLimited } from '../http/read-body';
import { isValidSignature } from './webhook-signature';

export const WEBHOOK_PATH = '/webhooks/trackingmore';
const ONE_MEGABYTE = 1024 * 1024;
/**
 * A signed push older than this is refused. 24 h is safe because a push is
 * only a hint: the watcher re-reads the tracking from TrackingMore, so a
 * captured (or forged) body can at most trigger re-reads, and each
 * (signature, tracking) pair is taken once while it is remembered, which is
 * exactly this long. A long window keeps late deliveries and clock drift
 * from losing genuine pushes.
 */
const DEFAULT_MAX_AGE_SECONDS = 24 * 3600;
/** Clocks drift: a push this far in the future still counts as fresh. */
const FUTURE_SKEW_SECONDS = 5 * 60;
/** kv prefix of the pushes already taken (value: true, TTL = max age). */
export const SEEN_PUSH_PREFIX = 'webhook:seen:';

export interface WebhookRouteOptions {
  /** TRACKINGMORE_WEBHOOK_EMAIL, the HMAC key. Never logged nor echoed. */
  email: string;
  /** Re-reads the tracking and handles what TrackingMore says. */
  watcher: { handleWebhook(ref: TrackingRef): Promise<unknown> };
  /** Where pushes already taken are remembered (the store's general namespace). */
  kv: Keyv;
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

interface VerifyInfo {
  timeStr: number | string;
  signature: string;
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Just enough shape to check the signature; the spec pass comes after it. */
function verifyInfoOf(body: unknown): VerifyInfo | undefined {
  const info = (body as { verifyInfo?: unknown } | null)?.verifyInfo as Partial<VerifyInfo> | undefined;
  if (typeof info !== 'object' || info === null) return undefined;
  const { timeStr, signature } = info;
  return (typeof timeStr === 'number' || typeof timeStr === 'string') && typeof signature === 'string' ? { timeStr, signature } : undefined;
}

/**
 * TrackingMore v2 signs only timeStr, so two genuine pushes sent in the same
 * second share a signature: a push is "seen" per signature and tracking.
 */
function seenKey(signature: string, ref: TrackingRef): string {
  const digest = createHash('sha256').update(`${signature}\n${ref.carrier.toLowerCase()}\n${ref.number}`).digest('base64url');
  return SEEN_PUSH_PREFIX + digest;
}

/**
 * POST /webhooks/trackingmore. Answers at once: 413 over the size limit, 400
 * for a body that is not JSON or has no verifyInfo, 401 for a bad or stale
 * signature (checked before the spec pass, so unauthenticated bodies cost no
 * schema work), 400 for a signed body the spec rejects, 200 without work for
 * a push already taken, else 200 and only then asks the watcher to re-read
 * the tracking. A push lost after the 200 (crash, failed delivery) is found
 * again by polling, whose cursor does not depend on pushes.
 */
export function createWebhookRoute(options: WebhookRouteOptions): WebhookRoute {
  const validator = options.validator ?? loadSpecValidator();
  const maxBodyBytes = options.maxBodyBytes ?? ONE_MEGABYTE;
  const maxAge = options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const pushes = (options.metrics ?? processMetrics).counter('trackbot_webhook_pushes_total', 'TrackingMore webhook pushes by outcome.');
  const inFlight = new Set<Promise<void>>();
  const seenLock = new KeyedLock();

  function reply(res: ServerResponse, status: number, outcome: string, extraHeaders: Record<string, string> = {}): void {
    pushes.inc({ outcome });
    const body = JSON.stringify(status === 200 ? { ok: true } : { ok: false, error: outcome });
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...extraHeaders });
    res.end(body);
  }

  /** True the first time; remembered for the max age, so a replay inside the window is caught. */
  function firstTime(key: string): Promise<boolean> {
    return seenLock.run(key, async () => {
      if ((await options.kv.get(key)) !== undefined) return false;
      await options.kv.set(key, true, maxAge * 1000);
      return true;
    });
  }

  function handleLater(ref: TrackingRef): void {
    const work = options.watcher
      .handleWebhook(ref)
      .then(() => undefined)
      .catch((error: unknown) => options.logger.warn({ err: error, number: ref.number }, 'webhook: handling failed; polling will catch up'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  }

  return {
    async handle(req, res) {
      const raw = await readBodyLimited(req, maxBodyBytes);
      // Do not read the rest of an oversized body: answer and close the connection.
      if (raw === 'too-large') return reply(res, 413, 'too large', { connection: 'close' });
      const body = parseJson(raw);
      const info = verifyInfoOf(body);
      if (!info) return reply(res, 400, 'malformed');
      if (!isValidSignature(options.email, info.timeStr, info.signature)) return reply(res, 401, 'bad signature');
      const age = now() - Number(info.timeStr);
      if (!(age <= maxAge && age >= -FUTURE_SKEW_SECONDS)) return reply(res, 401, 'stale');
      if (!validator.validateWebhook(body).ok) return reply(res, 400, 'malformed');
      const { carrier_code: carrier, tracking_number: number } = (body as { data: { carrier_code: string; tracking_number: string } }).data;
      const ref = { carrier, number };
      if (!(await firstTime(seenKey(info.signature, ref)))) return reply(res, 200, 'replay');
      reply(res, 200, 'accepted');
      handleLater(ref);
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
