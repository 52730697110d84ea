/** Everything a TrackingMore failure can mean to the bot; the core maps each kind to a localized reply. */
export type TrackingMoreErrorKind =
  | 'invalid-key'
  | 'bad-request'
  | 'number-required'
  | 'invalid-number'
  | 'invalid-carrier'
  | 'already-exists'
  | 'not-found'
  | 'needs-activation'
  | 'no-balance'
  | 'too-many-items'
  | 'carrier-undetectable'
  | 'invalid-status'
  | 'forbidden'
  | 'conflict'
  | 'method-not-allowed'
  | 'rate-limited'
  | 'server-error'
  | 'unknown'
  // client-side: no usable answer came back
  | 'timeout'
  | 'network'
  | 'malformed-response';

export interface MetaCodeInfo {
  kind: TrackingMoreErrorKind | 'ok';
  retryable: boolean;
  meaning: string;
}

/** The one table of documented meta codes (docs/trackingmore-v2-facts.md §2). */
export const META_CODES: Readonly<Record<number, MetaCodeInfo>> = {
  200: { kind: 'ok', retryable: false, meaning: 'Request succeeded' },
  201: { kind: 'ok', retryable: false, meaning: 'Request succeeded and a resource was created' },
  202: { kind: 'too-many-items', retryable: false, meaning: 'Request went over a limit' },
  401: { kind: 'invalid-key', retryable: false, meaning: 'Authentication failed or no permission' },
  4001: { kind: 'invalid-key', retryable: false, meaning: 'Invalid API key' },
  4002: { kind: 'invalid-key', retryable: false, meaning: 'API key has been deleted' },
  4012: { kind: 'bad-request', retryable: false, meaning: 'Request not understood or required parameters missing' },
  4013: { kind: 'number-required', retryable: false, meaning: 'tracking_number is required' },
  4014: { kind: 'invalid-number', retryable: false, meaning: 'tracking_number is invalid' },
  4015: { kind: 'invalid-carrier', retryable: false, meaning: 'carrier_code is invalid' },
  4016: { kind: 'already-exists', retryable: false, meaning: 'Tracking already exists' },
  4017: { kind: 'not-found', retryable: false, meaning: 'Tracking does not exist' },
  4018: { kind: 'needs-activation', retryable: false, meaning: 'Feature needs custom activation' },
  4019: { kind: 'no-balance', retryable: false, meaning: 'Balance insufficient' },
  4020: { kind: 'too-many-items', retryable: false, meaning: 'Too many items in one request' },
  4021: { kind: 'no-balance', retryable: false, meaning: 'Quota used up or trial expired' },
  4031: { kind: 'not-found', retryable: false, meaning: 'Tracking was never created' },
  4032: { kind: 'carrier-undetectable', retryable: false, meaning: 'Cannot detect the carrier' },
  4033: { kind: 'invalid-status', retryable: false, meaning: 'status is invalid' },
  402: { kind: 'no-balance', retryable: false, meaning: 'Payment required' },
  403: { kind: 'forbidden', retryable: false, meaning: 'Access denied' },
  404: { kind: 'not-found', retryable: false, meaning: 'Resource not found' },
  405: { kind: 'method-not-allowed', retryable: false, meaning: 'Method not allowed' },
  409: { kind: 'conflict', retryable: false, meaning: 'Request conflicts' },
  429: { kind: 'rate-limited', retryable: true, meaning: 'API rate limit exceeded' },
  500: { kind: 'server-error', retryable: true, meaning: 'TrackingMore server error' },
  503: { kind: 'server-error', retryable: true, meaning: 'TrackingMore temporarily unavailable' },
};

/** Client-side failures carry code 0: TrackingMore sent nothing usable. */
export const CLIENT_SIDE_CODE = 0;

const CLIENT_SIDE: Readonly<Record<'timeout' | 'network' | 'malformed-response', MetaCodeInfo>> = {
  timeout: { kind: 'timeout', retryable: true, meaning: 'TrackingMore did not answer in time' },
  network: { kind: 'network', retryable: true, meaning: 'Could not reach TrackingMore' },
  'malformed-response': { kind: 'malformed-response', retryable: false, meaning: 'TrackingMore sent an unreadable answer' },
};

/** Looks a code up; undocumented 5xx are server errors, anything else undocumented is 'unknown'. */
export function describeCode(code: number): MetaCodeInfo {
  const known = META_CODES[code];
  if (known) return known;
  if (code >= 500 && code <= 599) return { kind: 'server-error', retryable: true, meaning: `TrackingMore server error ${code}` };
  return { kind: 'unknown', retryable: false, meaning: `Undocumented TrackingMore code ${code}` };
}

export function isSuccessCode(code: number): boolean {
  return describeCode(code).kind === 'ok';
}

export class TrackingMoreError extends Error {
  override readonly name = 'TrackingMoreError';
  readonly kind: TrackingMoreErrorKind;
  readonly retryable: boolean;

  constructor(
    info: MetaCodeInfo,
    readonly code: number,
    readonly operation: string,
    readonly httpStatus?: number,
  ) {
    super(`${operation}: ${info.meaning} (code ${code}${httpStatus === undefined ? '' : `, HTTP ${httpStatus}`})`);
    this.kind = info.kind === 'ok' ? 'unknown' : info.kind;
    this.retryable = info.retryable;
  }

  static fromCode(code: number, operation: string, httpStatus?: number): TrackingMoreError {
    return new TrackingMoreError(describeCode(code), code, operation, httpStatus);
  }

  static clientSide(kind: keyof typeof CLIENT_SIDE, operation: string, httpStatus?: number): TrackingMoreError {
    return new TrackingMoreError(CLIENT_SIDE[kind], CLIENT_SIDE_CODE, operation, httpStatus);
  }
}
