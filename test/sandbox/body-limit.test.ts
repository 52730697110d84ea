import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { MAX_BODY_BYTES } from '../../src/sandbox/http-io';

const KEY = 'sandbox-key';
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ logger: { warn: () => {} } });
});
afterEach(async () => {
  await sandbox.close();
});

/** POSTs body in 64 kB chunks, with or without a content-length; resolves with the status and text of the answer. */
function post(path: string, body: Buffer, declareLength: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${sandbox.url}${path}`);
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'Trackingmore-Api-Key': KEY };
    if (declareLength) headers['content-length'] = body.length;
    let answered = false;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      answered = true;
      let text = '';
      res.on('data', (chunk) => (text += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    // The server may close while the rest of a refused body is still being sent.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const write = (offset: number): void => {
      if (offset >= body.length) return void req.end();
      const chunk = body.subarray(offset, offset + 64 * 1024);
      if (req.write(chunk)) write(offset + chunk.length);
      else req.once('drain', () => write(offset + chunk.length));
    };
    write(0);
  });
}

/** A valid create request padded past the limit (the sandbox would accept it but for its size). */
function bigCreate(): Buffer {
  return Buffer.from(JSON.stringify({ tracking_number: '7700000999', carrier_code: 'dhl', title: 'x'.repeat(MAX_BODY_BYTES) }));
}

describe('sandbox: request body size', () => {
  it('refuses a declared body over 1 MB with 413, and creates nothing', async () => {
    const answer = await post('/trackings/post', bigCreate(), true);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).meta).toMatchObject({ code: 413 });
    expect(sandbox.tracking({ carrier: 'dhl', number: '7700000999' })).toBeUndefined();
  });

  it('refuses a chunked body once it passes 1 MB, and creates nothing', async () => {
    const answer = await post('/trackings/post', bigCreate(), false);
    expect(answer.status).toBe(413);
    expect(sandbox.tracking({ carrier: 'dhl', number: '7700000999' })).toBeUndefined();
  });

  it('still takes a body just under the limit', async () => {
    const body = JSON.stringify({ tracking_number: '7700000998', carrier_code: 'dhl', title: 'small' });
    const answer = await post('/trackings/post', Buffer.from(body.padEnd(MAX_BODY_BYTES, ' ')), false);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).meta.code).toBe(200);
  });
});
