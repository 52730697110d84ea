export { startSandbox } from './sandbox';
export { DEMO_TRACKINGS } from './demo-seed';
export { webhookSignature } from './webhook-sender';
export type {
  AddTrackingInput,
  Fault,
  Sandbox,
  SandboxOperationId,
  SandboxOptions,
  SpecViolation,
  TrackingRef,
  TrackingStatus,
  WebhookDelivery,
} from './types';
