import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBodyLimited } from '../http/read-body';

export interface Outgoing {
  status: number;
  headers?: Record<string, string>;
  /** Already serialised (the malformed-json fault sends broken text on purpose). */
  text: string;
}

/** TrackingMore's largest request (a batch of 200 trackings) is tens of kB; 1 MB is far beyond any real one. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Thrown by readBodyText for a body over the limit; the server answers it with TOO_LARGE. */
export class BodyTooLargeError extends Error {
  constructor() {
    super(`request body over ${MAX_BODY_BYTES} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The body as text, read only up to MAX_BODY_BYTES: a larger one (declared
 * or actual) is not buffered, and this throws, so no handler runs on it.
 */
export async function readBodyText(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const body = await readBodyLimited(req, maxBytes);
  if (body === 'too-large') throw new BodyTooLargeError();
  return body.toString('utf8');
}

export function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
    ),
  );
}

export const TOO_LARGE: Outgoing = {
  status: 413,
  // Do not read the rest of the body: answer, then close the connection.
  headers: { connection: 'close' },
  text: JSON.stringify({ meta: { code: 413, type: 'Payload Too Large', message: `The request body is over ${MAX_BODY_BYTES} bytes.` }, data: [] }),
};

export function writeOutgoing(res: ServerResponse, out: Outgoing): void {
  res.writeHead(out.status, { 'content-type': 'application/json; charset=utf-8', ...out.headers });
  res.end(out.text);
}
