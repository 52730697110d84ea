import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSpecValidator } from '../../src/openapi/spec-validator';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { ManualClock, START_MS } from './harness';

const EMAIL = 'owner@example.com';

/** A local webhook receiver that records each body and answers with `status`. */
async function startReceiver(status: number) {
  const bodies: unknown[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(status).end();
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/trackingmore`,
    bodies,
    /** Resolves once `count` bodies have arrived. */
    async received(count: number) {
      while (bodies.length < count) await new Promise<void>((wake) => waiters.push(wake));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('sandbox: signed webhooks', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let sandbox: Sandbox;
  const clock = new ManualClock();

  beforeEach(async () => {
    clock.ms = START_MS;
    receiver = await startReceiver(202);
    sandbox = await startSandbox({ seedDemo: false, clock: clock.now, webhook: { url: receiver.url, email: EMAIL } });
    sandbox.addTracking({ carrier: '4px', number: '300403513351', status: 'transit', title: 'cute pillow' });
  });

  afterEach(async () => {
    const violations = sandbox.specViolations;
    await sandbox.close();
    await receiver.close();
    expect(violations).toEqual([]);
  });

  it('sendWebhook POSTs the tracking with a signature that verifies with the account e-mail', async () => {
    const result = await sandbox.sendWebhook({ carrier: '4px', number: '300403513351' });
    expect(result).toEqual({ status: 202 });
    const body = receiver.bodies[0] as { data: { tracking_number: string; title: string }; verifyInfo: { timeStr: number; signature: string } };
    expect(body.data).toMatchObject({ tracking_number: '300403513351', title: 'cute pillow' });
    expect(body.verifyInfo.timeStr).toBe(START_MS / 1000);
    const expected = createHmac('sha256', EMAIL).update(String(body.verifyInfo.timeStr)).digest('hex');
    expect(body.verifyInfo.signature).toBe(expected);
    const forged = createHmac('sha256', 'someone@else.com').update(String(body.verifyInfo.timeStr)).digest('hex');
    expect(body.verifyInfo.signature).not.toBe(forged);
    expect(loadSpecValidator().validateWebhook(body)).toEqual({ ok: true });
  });

  it('pushes a webhook when a status changes', async () => {
    sandbox.advance({ carrier: '4px', number: '300403513351' }, 'delivered');
    await receiver.received(1);
    expect(receiver.bodies[0]).toMatchObject({ data: { status: 'delivered' } });
    await sandbox.close();
    expect(sandbox.webhookDeliveries).toEqual([
      { carrier: '4px', number: '300403513351', status: 'delivered', httpStatus: 202 },
    ]);
  });
});

describe('sandbox without a webhook target', () => {
  it('refuses sendWebhook', async () => {
    const sandbox = await startSandbox({ seedDemo: false });
    try {
      sandbox.addTracking({ carrier: 'dhl', number: '1234567890' });
      await expect(sandbox.sendWebhook({ carrier: 'dhl', number: '1234567890' })).rejects.toThrow(/webhook/);
    } finally {
      await sandbox.close();
    }
  });
});
