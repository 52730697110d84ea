import type { SpecValidator } from '../openapi/spec-validator';
import type { TrackingRecord } from './tracking-record';
import { trackingObject } from './tracking-view';
import type { SandboxOptions, SpecViolation, WebhookDelivery } from './types';
import { postWebhook, webhookBody } from './webhook-sender';

/** Sends signed webhooks, remembers each delivery, and lets close() wait for the ones in flight. */
export class WebhookOutbox {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly target: NonNullable<SandboxOptions['webhook']> | undefined,
    private readonly deps: {
      validator: SpecValidator;
      clock: () => number;
      violations: SpecViolation[];
      logger: NonNullable<SandboxOptions['logger']>;
    },
  ) {}

  get enabled(): boolean {
    return this.target !== undefined;
  }

  send(record: TrackingRecord): Promise<{ status: number }> {
    const target = this.target;
    if (!target) return Promise.reject(new Error('The sandbox was started without a webhook target'));
    const now = this.deps.clock();
    const body = webhookBody(target.email, trackingObject(record, now), now);
    const validation = this.deps.validator.validateWebhook(body);
    if (!validation.ok) this.deps.violations.push({ operationId: 'trackingUpdate', issues: validation.issues });
    const delivery: WebhookDelivery = {
      carrier: record.carrier.code,
      number: record.trackingNumber,
      status: record.status,
      httpStatus: undefined,
    };
    this.deliveries.push(delivery);
    const sending = postWebhook(target.url, body).then((result) => {
      delivery.httpStatus = result.status;
      return result;
    });
    this.track(sending);
    return sending;
  }

  /** Fire and forget (status changes); a failed POST is logged, never thrown. */
  push(record: TrackingRecord): void {
    this.send(record).catch((error: unknown) =>
      this.deps.logger.warn({ err: String(error), tracking: record.trackingNumber }, 'sandbox webhook push failed'),
    );
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private track(promise: Promise<unknown>): void {
    const settled = promise.finally(() => this.inFlight.delete(settled));
    settled.catch(() => undefined);
    this.inFlight.add(settled);
  }
}
