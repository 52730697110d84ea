import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { createClient } from '@keyv/redis';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type OpenedStore, openStore } from '../../src/subscriptions/open-store';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const postgresUrl = process.env.POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function expectRejectsWithoutSecret(url: string): Promise<void> {
  const error = await openStore(url).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect(String((error as Error).message)).not.toContain('s3cret');
}

async function withStore(url: string, clientName: string, errors: unknown[], use: (store: OpenedStore) => Promise<void>) {
  const store = await openStore(url, { namespacePrefix: `${clientName}-`, clientName, onError: (e) => errors.push(e) });
  try {
    await use(store);
  } finally {
    await store.kv.clear();
    await store.close();
  }
}

describe('openStore', () => {
  it('rejects an unknown scheme without echoing the URL', async () => {
    await expect(openStore('mysql://root:s3cret@127.0.0.1/db')).rejects.toThrow(/unsupported store URL scheme "mysql"/);
    await expectRejectsWithoutSecret('mysql://root:s3cret@127.0.0.1/db');
  });

  it('fails at start-up when Redis or PostgreSQL is not there', async () => {
    const port = await closedPort();
    await expectRejectsWithoutSecret(`redis://:s3cret@127.0.0.1:${port}`);
    await expectRejectsWithoutSecret(`postgresql://postgres:s3cret@127.0.0.1:${port}/test`);
  });

  it('survives PostgreSQL closing its connections, and works again', async () => {
    const clientName = `trackbot-test-${randomUUID().slice(0, 8)}`;
    const errors: unknown[] = [];
    await withStore(postgresUrl, clientName, errors, async ({ kv }) => {
      await kv.set('k', 'before');
      const admin = new pg.Pool({ connectionString: postgresUrl });
      try {
        const killed = await admin.query('SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1', [clientName]);
        expect(killed.rows.length).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      await expect.poll(() => errors.length).toBeGreaterThan(0);
      expect(await kv.get('k')).toBe('before');
    });
  });

  it('survives Redis dropping its connection, and works again', async () => {
    const clientName = `trackbot-test-${randomUUID().slice(0, 8)}`;
    const errors: unknown[] = [];
    await withStore(redisUrl, clientName, errors, async ({ kv }) => {
      await kv.set('k', 'before');
      const admin = createClient({ url: redisUrl });
      await admin.connect();
      try {
        const clients = await admin.sendCommand<string>(['CLIENT', 'LIST']);
        const ids = clients.split('\n').filter((line) => line.includes(` name=${clientName} `)).map((line) => /\bid=(\d+)/.exec(line)?.[1] ?? '');
        expect(ids).toHaveLength(1);
        await admin.sendCommand(['CLIENT', 'KILL', 'ID', ids[0] ?? '']);
      } finally {
        await admin.close();
      }
      await expect.poll(() => kv.get('k').catch(() => 'offline')).toBe('before');
      expect(errors.length).toBeGreaterThan(0);
    });
  });
});
