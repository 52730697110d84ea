import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeStoreContract } from './store-contract';

const dir = mkdtempSync(join(tmpdir(), 'trackbot-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A missing parent directory is created by openStore.
describeStoreContract('sqlite', () => `sqlite://${join(dir, 'nested', 'store.db')}`);
