import type { IncomingMessage } from 'node:http';
import type { SpecValidator } from '../openapi/spec-validator';
import { failure, type Reply } from './envelope';
import type { Fault, FaultQueue } from './faults';
import { HANDLERS } from './handlers';
import { flatHeaders, readBodyText, type Outgoing } from './http-io';
import type { SandboxOperationId } from './operation-id';
import type { RateLimiter } from './rate-limiter';
import { metaCodeForIssues } from './request-issues';
import type { SandboxState } from './state';

export interface PipelineDeps {
  validator: SpecValidator;
  state: SandboxState;
  apiKey: string;
  faults: FaultQueue;
  limiters: Partial<Record<SandboxOperationId, RateLimiter>>;
  countCall(op: SandboxOperationId): void;
  /** Checks a reply against the spec (and records a violation). */
  checkReply(op: SandboxOperationId, reply: Reply): void;
  /** A delay that ends early when the sandbox closes. */
  wait(ms: number): Promise<void>;
}

const BASE_PATH = '/v2';
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const MALFORMED_JSON = '{"meta":{"code":200,"type":"Success","message":"Succ';

function serialise(reply: Reply): Outgoing {
  return { status: reply.status, headers: reply.headers, text: JSON.stringify(reply.body) };
}

function tooManyRequests(retryAfterSeconds: number): Reply {
  return { ...failure(429), headers: { 'retry-after': String(retryAfterSeconds) } };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Turns a fault into its answer; undefined for a hang, after which the request carries on. */
async function applyFault(fault: Fault, deps: PipelineDeps): Promise<Outgoing | undefined> {
  switch (fault.kind) {
    case 'hang':
      await deps.wait(fault.ms);
      return undefined;
    case 'rate-limit':
      return serialise(tooManyRequests(fault.retryAfterSeconds ?? 1));
    case 'server-error':
      return serialise(failure(fault.status ?? 500));
    case 'malformed-json':
      return { status: 200, text: MALFORMED_JSON };
    case 'meta-error':
      return serialise(failure(fault.code));
  }
}

/** Routing, auth, faults, rate limits, request validation, the handler, response validation. */
export function createPipeline(deps: PipelineDeps): (req: IncomingMessage) => Promise<Outgoing> {
  const { validator } = deps;

  function unrouted(method: string, pathname: string): Outgoing {
    const elsewhere = OTHER_METHODS.some((m) => m !== method && validator.matchOperation(m, pathname));
    return serialise(failure(elsewhere ? 405 : 404));
  }

  return async (req) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = (req.method ?? 'GET').toUpperCase();
    if (!url.pathname.startsWith(`${BASE_PATH}/`)) return serialise(failure(404));
    // The legacy samples call `/v2/carriers/` with a trailing slash.
    const pathname = url.pathname.slice(BASE_PATH.length).replace(/(.)\/$/, '$1');
    const match = validator.matchOperation(method, pathname);
    if (!match || !(match.operationId in HANDLERS)) return unrouted(method, pathname);
    const op = match.operationId as SandboxOperationId;
    deps.countCall(op);
    const bodyText = await readBodyText(req);

    const headers = flatHeaders(req);
    if (headers['trackingmore-api-key'] !== deps.apiKey) return answer(op, { ...failure(4001), status: 401 });

    const fault = deps.faults.take(op);
    const faulted = fault && (await applyFault(fault, deps));
    if (faulted) return faulted;

    const retryAfter = deps.limiters[op]?.hit();
    if (retryAfter !== undefined) return answer(op, tooManyRequests(retryAfter));

    const body = parseJson(bodyText);
    if (!body.ok) return answer(op, failure(4012));
    const query = Object.fromEntries(url.searchParams);
    const request = { pathParams: match.pathParams, query, headers, body: body.value };
    const validation = validator.validateRequest(op, request);
    if (!validation.ok) return answer(op, failure(metaCodeForIssues(validation.issues)));
    return answer(op, HANDLERS[op](deps.state, request));
  };

  function answer(op: SandboxOperationId, reply: Reply): Outgoing {
    deps.checkReply(op, reply);
    return serialise(reply);
  }
}
