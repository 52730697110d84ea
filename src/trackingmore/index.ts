export { TrackingMoreClient, type TrackingMoreClientOptions } from './client';
export { describeCode, isSuccessCode, META_CODES, TrackingMoreError, type TrackingMoreErrorKind } from './errors';
export { DEFAULT_REQUESTS_PER_SECOND, DOCUMENTED_RATE_LIMITS } from './rate-limits';
export type { RetryLogger } from './transport';
export type * from './types';
