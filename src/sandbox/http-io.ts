import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Outgoing {
  status: number;
  headers?: Record<string, string>;
  /** Already serialised (the malformed-json fault sends broken text on purpose). */
  text: string;
}

export async function readBodyText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
    ),
  );
}

export function writeOutgoing(res: ServerResponse, out: Outgoing): void {
  res.writeHead(out.status, { 'content-type': 'application/json; charset=utf-8', ...out.headers });
  res.end(out.text);
}
