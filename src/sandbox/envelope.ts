/** The `{ meta, data }` envelope and the documented meta codes (docs/trackingmore-v2-facts.md §2). */
interface Envelope {
  meta: { code: number; type: string; message: string };
  data: unknown;
}

/** What a handler answers; the server writes it. */
export interface Reply {
  status: number;
  body: Envelope;
  headers?: Record<string, string>;
}

const META: Record<number, { type: string; message: string }> = {
  200: { type: 'Success', message: 'Success' },
  201: { type: 'Created', message: 'The request was successful and a resource was created.' },
  401: { type: 'Unauthorized', message: 'Authentication failed or no permission for the operation.' },
  404: { type: 'Not Found', message: 'The requested resource does not exist.' },
  405: { type: 'Method Not Allowed', message: 'The method is not supported for this resource.' },
  429: { type: 'Too Many Requests', message: 'API limit exceeded. Pause requests and try again later.' },
  500: { type: 'Server error', message: 'Server error.' },
  503: { type: 'Service Unavailable', message: 'Service temporarily unavailable.' },
  4001: { type: 'Unauthorized', message: 'Invalid API key.' },
  4002: { type: 'Unauthorized', message: 'The API key has been deleted.' },
  4012: { type: 'Bad Request', message: 'The request could not be understood, or required parameters are missing.' },
  4013: { type: 'Bad Request', message: 'tracking_number is required.' },
  4014: { type: 'Bad Request', message: 'The value of tracking_number is invalid.' },
  4015: { type: 'Bad Request', message: 'The value of carrier_code is invalid.' },
  4016: { type: 'Bad Request', message: 'Tracking already exists.' },
  4017: { type: 'Bad Request', message: 'Tracking does not exist.' },
  4018: { type: 'Bad Request', message: 'This feature needs custom activation.' },
  4019: { type: 'Bad Request', message: 'Balance insufficient, please recharge.' },
  4020: { type: 'Bad Request', message: 'Up to 200 at a time.' },
  4021: { type: 'Bad Request', message: 'The remaining quota is used up.' },
  4031: { type: 'No Content', message: 'The tracking number was never created. Please POST /trackings/post first.' },
  4032: { type: 'No Content', message: 'The carrier cannot be detected; please give a carrier code.' },
  4033: { type: 'No Content', message: 'The value of status is invalid.' },
};

export function metaOf(code: number): Envelope['meta'] {
  return { code, ...(META[code] ?? { type: 'Error', message: `Error ${code}` }) };
}

export function success(data: unknown, code: 200 | 201 = 200, message?: string): Reply {
  const meta = metaOf(code);
  return { status: 200, body: { meta: message ? { ...meta, message } : meta, data } };
}

/** 4xxx codes travel with HTTP 200; the 3-digit family with the same HTTP status. */
export function failure(code: number, data: unknown = []): Reply {
  return { status: code < 1000 ? code : 200, body: { meta: metaOf(code), data } };
}

/** The per-item error row of the batch-style operations. */
export function itemError(ref: { tracking_number: string; carrier_code: string }, code: number) {
  return { tracking_number: ref.tracking_number, carrier_code: ref.carrier_code, code, message: metaOf(code).message };
}
