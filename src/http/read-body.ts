import type { IncomingMessage } from 'node:http';

/** The request body, or 'too-large' as soon as it passes `maxBytes` (declared or actual). */
export async function readBodyLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) return 'too-large';
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
