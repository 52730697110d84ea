import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSpecValidator } from '../openapi/spec-validator';
import { findCarrier } from './carriers';
import { forcedStep } from './journeys';
import { seedDemo } from './demo-seed';
import { failure, type Reply } from './envelope';
import { FaultQueue } from './faults';
import { OPERATION_IDS } from './handlers';
import { BodyTooLargeError, TOO_LARGE, writeOutgoing } from './http-io';
import type { SandboxOperationId } from './operation-id';
import { RateLimiter } from './rate-limiter';
import { createPipeline } from './request-pipeline';
import { SandboxState } from './state';
import { trackingObject } from './tracking-view';
import type { AddTrackingInput, Sandbox, SandboxOptions, SpecViolation } from './types';
import { WebhookOutbox } from './webhook-outbox';
import { CancellableWaits } from './cancellable-waits';

const DEFAULT_API_KEY = 'sandbox-key';
const DEFAULT_STEP_MS = 30_000;
const DEFAULT_QUOTA = 10_000;

function zeroCalls(): Record<SandboxOperationId, number> {
  return Object.fromEntries(OPERATION_IDS.map((op) => [op, 0])) as Record<SandboxOperationId, number>;
}

/** Starts the fake TrackingMore v2 server on 127.0.0.1 (port 0 = the OS chooses). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = options.clock ?? Date.now;
  const stepMs = options.stepMs ?? DEFAULT_STEP_MS;
  const logger = options.logger ?? { warn: (details, message) => console.warn(message, details) };
  const validator = loadSpecValidator();
  const specViolations: SpecViolation[] = [];
  const calls = zeroCalls();
  const faults = new FaultQueue();
  const waits = new CancellableWaits();
  const outbox = new WebhookOutbox(options.webhook, { validator, clock, violations: specViolations, logger });
  const state = new SandboxState({
    clock,
    stepMs,
    quota: options.quota ?? DEFAULT_QUOTA,
    onStatusChange: (record) => {
      if (outbox.enabled) outbox.push(record);
    },
  });
  if (options.seedDemo ?? true) seedDemo(state);

  const limits = options.rateLimits || {};
  const limiters: Partial<Record<SandboxOperationId, RateLimiter>> = {};
  if (limits.list) limiters.listTrackings = new RateLimiter(limits.list, clock);
  if (limits.realtime) limiters.realtimeTracking = new RateLimiter(limits.realtime, clock);

  const checkReply = (op: SandboxOperationId, reply: Reply) => {
    if (options.validateResponses === false) return;
    const result = validator.validateResponse(op, reply.status, reply.body);
    if (result.ok) return;
    specViolations.push({ operationId: op, issues: result.issues });
    logger.warn({ operationId: op, issues: result.issues }, 'sandbox response does not match the spec');
  };
  const pipeline = createPipeline({
    validator,
    state,
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    faults,
    limiters,
    countCall: (op) => (calls[op] += 1),
    checkReply,
    wait: (ms) => waits.wait(ms),
  });

  const server = createServer((req, res) => {
    pipeline(req).then(
      (out) => writeOutgoing(res, out),
      (error: unknown) => {
        if (error instanceof BodyTooLargeError) return writeOutgoing(res, TOO_LARGE);
        logger.warn({ err: String(error) }, 'sandbox request failed');
        writeOutgoing(res, { status: 500, text: JSON.stringify(failure(500).body) });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  // With a webhook target, journeys move (and push) without anyone reading them.
  const ticker = outbox.enabled ? setInterval(() => state.all(), stepMs) : undefined;
  ticker?.unref();

  return {
    url: `http://127.0.0.1:${port}/v2`,
    calls,
    specViolations,
    webhookDeliveries: outbox.deliveries,
    resetCalls: () => Object.assign(calls, zeroCalls()),
    totalCalls: () => Object.values(calls).reduce((sum, n) => sum + n, 0),
    injectFault: (fault, times) => faults.add(fault, times),
    advance: (ref, toStatus) => state.advance(ref, toStatus),
    addTracking: (input) => addTracking(state, input),
    tracking: (ref) => {
      const record = state.find(ref);
      return record && trackingObject(record, clock());
    },
    setUpdatedAt: (ref, atMs) => {
      state.requireRecord(ref).updatedAtMs = atMs;
    },
    setQuota: (remaining) => {
      state.quota = remaining;
    },
    sendWebhook: (ref) => outbox.send(state.requireRecord(ref)),
    close: once(async () => {
      if (ticker) clearInterval(ticker);
      waits.cancelAll();
      await outbox.drain();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }),
  };
}

/** The first call runs `run`; later calls share its promise (closing twice is harmless). */
function once(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}

function addTracking(state: SandboxState, input: AddTrackingInput): void {
  const carrier = findCarrier(input.carrier);
  if (!carrier) throw new Error(`Unknown sandbox carrier code: ${input.carrier}`);
  const lastGiven = input.events?.at(-1);
  const status = input.status ?? lastGiven?.status ?? 'pending';
  const record = state.seed(carrier, input.number, status, { title: input.title, order_id: input.orderId });
  if (!input.events) return;
  const location = record.journey.origin.cities[0];
  record.events = input.events.map((e) => {
    const usual = forcedStep(e.status ?? status, e.location ?? location);
    return { ...usual, description: e.description, substatus: e.substatus ?? usual.substatus, atMs: e.at };
  });
  record.substatus = record.events.at(-1)?.substatus ?? record.substatus;
  record.updatedAtMs = lastGiven?.at ?? record.updatedAtMs;
}
