import { setTimeout as delay } from 'node:timers/promises';
import { backoffDelayMs, parseRetryAfterMs, type BackoffPolicy } from './backoff';
import { describeCode, TrackingMoreError } from './errors';
import { RequestSpacer, type Clock, type RateLimits, type Sleep } from './rate-limits';

/** What openapi-fetch calls instead of globalThis.fetch. */
export type FetchFn = (request: Request) => Promise<Response>;

export interface RetryLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export interface TransportOptions {
  /** Per attempt, covering headers and body. Default 10 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  backoff?: Partial<BackoffPolicy>;
  /** A Retry-After longer than this is not waited for: the call fails as rate-limited. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Requests per second by operation id; see rate-limits.ts for the defaults. */
  rateLimits?: RateLimits;
  sleep?: Sleep;
  random?: () => number;
  now?: Clock;
  logger?: RetryLogger;
  /** The real network call; tests never need to replace it. */
  fetch?: typeof globalThis.fetch;
}

type Outcome =
  | { response: Response; metaCode: number | undefined }
  | { failure: 'timeout' | 'network' };

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Sending these twice does no harm. Every v2 POST creates, bills or changes
 * (createTracking, batch, realtime, detect, costtime, aircargo…): after a
 * timeout, a dropped connection or a 5xx it may have been processed already.
 */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** 429: TrackingMore refused the request before doing anything, so even a POST may be resent. */
function wasRateLimited(outcome: Outcome): boolean {
  return 'response' in outcome && (outcome.response.status === 429 || outcome.metaCode === 429);
}

/** Timeouts, retries with backoff, Retry-After and per-operation spacing, below openapi-fetch. */
export class Transport {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoff: BackoffPolicy;
  private readonly maxRetryAfterMs: number;
  private readonly random: () => number;
  private readonly now: Clock;
  private readonly logger: RetryLogger | undefined;
  private readonly baseFetch: typeof globalThis.fetch;
  private readonly spacer: RequestSpacer;

  constructor(options: TransportOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 3;
    this.backoff = { baseMs: options.backoff?.baseMs ?? 300, capMs: options.backoff?.capMs ?? 10_000 };
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.logger = options.logger;
    this.baseFetch = options.fetch ?? globalThis.fetch;
    this.spacer = new RequestSpacer(options.rateLimits ?? {}, this.now, options.sleep ?? ((ms) => delay(ms)));
  }

  /** A fetch bound to one operation, so spacing and errors know which call they belong to. */
  fetchFor(operation: string): FetchFn {
    return (request) => this.send(operation, request);
  }

  private async send(operation: string, request: Request): Promise<Response> {
    for (let retry = 0; ; retry++) {
      await this.spacer.waitForSlot(operation);
      const outcome = await this.attempt(request);
      const mayResend = IDEMPOTENT_METHODS.has(request.method.toUpperCase()) || wasRateLimited(outcome);
      const waitMs = retry < this.retries && mayResend ? this.retryDelayMs(outcome, retry) : undefined;
      if (waitMs === undefined) return finish(outcome, operation);
      // The wait is taken as the operation's next slot, so concurrent callers back off too.
      this.spacer.holdOff(operation, this.now() + waitMs);
      this.logger?.warn(
        {
          operation,
          attempt: retry + 1,
          status: 'response' in outcome ? outcome.response.status : outcome.failure,
          code: 'response' in outcome ? outcome.metaCode : undefined,
          delayMs: waitMs,
        },
        'TrackingMore request failed, retrying',
      );
    }
  }

  /** How long to wait before retrying, or undefined when this outcome must not be retried. */
  private retryDelayMs(outcome: Outcome, retry: number): number | undefined {
    const backoffMs = backoffDelayMs(retry, this.backoff, this.random);
    if (!('response' in outcome)) return backoffMs;
    const { response, metaCode } = outcome;
    const retryable =
      describeCode(response.status).retryable || (metaCode !== undefined && describeCode(metaCode).retryable);
    if (!retryable) return undefined;
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'), this.now());
    if (retryAfterMs === undefined) return backoffMs;
    return retryAfterMs <= this.maxRetryAfterMs ? retryAfterMs : undefined;
  }

  private async attempt(request: Request): Promise<Outcome> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    try {
      const signal = AbortSignal.any([timeout.signal, request.signal]);
      const response = await this.baseFetch(request.clone(), { signal });
      // Reading the body inside the timeout also catches servers that stall mid-body.
      const body = await response.arrayBuffer();
      return { response: rebuild(response, body), metaCode: readMetaCode(body) };
    } catch (error) {
      if (request.signal.aborted) throw error; // the caller gave up: not ours to retry
      return { failure: timeout.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }
}

function finish(outcome: Outcome, operation: string): Response {
  if ('response' in outcome) return outcome.response;
  throw TrackingMoreError.clientSide(outcome.failure, operation);
}

function rebuild(response: Response, body: ArrayBuffer): Response {
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** TrackingMore may report 429 (and other codes) in meta.code of an HTTP 200 answer. */
function readMetaCode(body: ArrayBuffer): number | undefined {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    const code = (parsed as { meta?: { code?: unknown } } | null)?.meta?.code;
    return typeof code === 'number' ? code : undefined;
  } catch {
    return undefined;
  }
}
