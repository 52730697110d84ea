import type { TrackingStatus } from '../messages/model';
import type { Fault } from './faults';
import type { SandboxOperationId } from './operation-id';
import type { TrackingRef } from './store';

export type { Fault, SandboxOperationId, TrackingRef, TrackingStatus };

export interface SandboxOptions {
  /** Default 'sandbox-key'; a wrong or missing `Trackingmore-Api-Key` gets HTTP 401 + meta 4001. */
  apiKey?: string;
  /** Milliseconds; default Date.now. Tests pass a controllable clock. */
  clock?: () => number;
  /** Simulated time between journey steps; default 30 000. */
  stepMs?: number;
  /** Default true: pre-creates demo shipments, among them 4px 300403513351 ("cute pillow", in transit). */
  seedDemo?: boolean;
  /** Requests per second; over it: HTTP 429 + Retry-After. Default false. */
  rateLimits?: { list?: number; realtime?: number } | false;
  /** Where signed webhooks go; with it, status changes are pushed as they happen. */
  webhook?: { url: string; email: string };
  /** Default true: a response that fails the spec is logged and recorded in `specViolations`. */
  validateResponses?: boolean;
  /** Trackings the account may create before 4021; default 10 000. */
  quota?: number;
  port?: number;
  host?: '127.0.0.1';
  /** Where spec violations and failed webhook pushes are reported; default console. */
  logger?: { warn(details: object, message: string): void };
}

export interface SpecViolation {
  operationId: string;
  issues: unknown[];
}

export interface WebhookDelivery {
  carrier: string;
  number: string;
  status: TrackingStatus;
  /** The receiver's HTTP status, or undefined when the POST failed. */
  httpStatus: number | undefined;
}

/** Test set-up without the API. Events are oldest first; `at` is ms on the sandbox clock. */
export interface AddTrackingInput {
  carrier: string;
  number: string;
  status?: TrackingStatus;
  title?: string;
  orderId?: string;
  events?: { at: number; description: string; location?: string; status?: TrackingStatus; substatus?: string }[];
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT/v2` */
  url: string;
  close(): Promise<void>;
  calls: Record<SandboxOperationId, number>;
  resetCalls(): void;
  totalCalls(): number;
  specViolations: SpecViolation[];
  webhookDeliveries: WebhookDelivery[];
  injectFault(fault: Fault, times?: number): void;
  /** One step for one tracking (or every moving one), or straight to `toStatus`; adds an event. */
  advance(ref?: TrackingRef, toStatus?: TrackingStatus): void;
  addTracking(input: AddTrackingInput): void;
  /** The tracking object exactly as GET single would return it; undefined when absent. */
  tracking(ref: TrackingRef): Record<string, unknown> | undefined;
  setUpdatedAt(ref: TrackingRef, atMs: number): void;
  setQuota(remaining: number): void;
  sendWebhook(ref: TrackingRef): Promise<{ status: number }>;
}
