import { isSuccessCode, TrackingMoreError } from './errors';

/** What openapi-fetch hands back when called with `parseAs: 'text'`. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

interface Envelope {
  meta: { code: number };
  data?: unknown;
}

/**
 * Returns the envelope's `data`, or throws the one TrackingMoreError that explains why not.
 * HTTP 200 answers are judged by meta.code; other statuses by meta.code when the body has one,
 * else by the HTTP status itself (e.g. a proxy's HTML 502 page).
 */
export function unwrapEnvelope(operation: string, result: RawResult): unknown {
  const { response } = result;
  const status = response.status;
  if (!response.ok) {
    const envelope = asEnvelope(result.error);
    const code = envelope && !isSuccessCode(envelope.meta.code) ? envelope.meta.code : status;
    throw TrackingMoreError.fromCode(code, operation, status);
  }
  const envelope = asEnvelope(parseJson(result.data));
  if (!envelope) throw TrackingMoreError.clientSide('malformed-response', operation, status);
  if (!isSuccessCode(envelope.meta.code)) throw TrackingMoreError.fromCode(envelope.meta.code, operation, status);
  return envelope.data;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asEnvelope(body: unknown): Envelope | undefined {
  if (typeof body !== 'object' || body === null || !('meta' in body)) return undefined;
  const { meta } = body;
  if (typeof meta !== 'object' || meta === null || !('code' in meta) || typeof meta.code !== 'number') return undefined;
  return body as Envelope;
}
