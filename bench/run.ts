/**
 * npm run bench: the watcher's cost per cycle (poll + parked retries) for 1k / 10k / 100k
 * subscriptions over 10k channels, 1% of trackings changing per cycle,
 * against the sandbox (in a child process, so CPU and RSS are the bot's
 * alone) and a SQLite store in a temp file. Deliveries go to a counting
 * adapter (no Slack/Discord network); the client's 1 req/s list spacing is
 * replaced by a no-op sleep. Beside it, the naive way: one GET per
 * subscription per cycle.
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger } from '../src/log';
import type { Platform } from '../src/platform/actor';
import type { Subscription } from '../src/subscriptions/store';
import { TrackingMoreClient } from '../src/trackingmore/client';
import { naiveCycle } from './naive';
import { CountingAdapter } from './recording-adapter';
import { SandboxProcess } from './sandbox-process';
import { openBenchStore, seedSubscriptions } from './seed-store';
import { watcherOnStore } from '../src/watcher/watcher-on-store';

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const CHANNELS = 10_000;
const CYCLES = 3;
/** Each measured cycle moves a fresh 1% to its own status, so every change is a status change. */
const CYCLE_STATUSES = ['pickup', 'undelivered', 'exception'];
const NAIVE_MAX = 10_000;
const CARRIER = 'dhl';
const START_MS = Date.UTC(2024, 4, 1, 10, 0, 0);
const PAGE = 2000;

interface Row {
  subscriptions: number;
  changed: number;
  calls: number;
  target: number;
  wallMs: number;
  cpuMs: number;
  maxCpuMs: number;
  notifications: number;
  keys: number;
  bytes: number;
  rssMb: number;
  seedSeconds: number;
  naive?: { calls: number; wallMs: number; cpuMs: number; extrapolated: boolean };
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function fileBytes(path: string): number {
  return [path, `${path}-journal`, `${path}-wal`].filter(existsSync).reduce((sum, p) => sum + statSync(p).size, 0);
}

async function measure(size: number): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'trackbot-bench-'));
  const dbPath = join(dir, 'bench.db');
  let clockMs = START_MS;
  const { sandbox, url } = await SandboxProcess.start(clockMs);
  const { store, subscriptionsKeyv } = await openBenchStore(`sqlite://${dbPath}`);
  try {
    const seedStarted = performance.now();
    const numbers = Array.from({ length: size }, (_, i) => `BENCH${String(i).padStart(9, '0')}`);
    for (let i = 0; i < numbers.length; i += 10_000) await sandbox.ask({ op: 'seed', carrier: CARRIER, numbers: numbers.slice(i, i + 10_000) });
    const subscriptions: Subscription[] = numbers.map((number, i) => ({
      platform: 'slack',
      workspaceId: 'T1',
      channelId: `C${i % CHANNELS}`,
      carrier: CARRIER,
      number,
      addedBy: 'U1',
      lastNotifiedStatus: 'transit',
      createdAt: new Date(START_MS).toISOString(),
    }));
    await seedSubscriptions(subscriptionsKeyv, subscriptions);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const tm = new TrackingMoreClient({ apiKey: 'sandbox-key', baseUrl: url, retries: 0, sleep: async () => {} });
    const adapter = new CountingAdapter('slack');
    const watcher = watcherOnStore({
      source: tm,
      store,
      adapters: new Map<Platform, CountingAdapter>([['slack', adapter]]),
      logger: createLogger({ level: 'silent' }),
      now: () => Math.floor(clockMs / 1000),
    });
    await watcher.pollOnce(); // first cycle: sets the cursor

    const changed = size / 100;
    const cycles: { calls: number; wallMs: number; cpuMs: number; notifications: number; rss: number }[] = [];
    for (let c = 0; c < CYCLES; c += 1) {
      // Half a 300 s poll interval, the changes, the other half, then the cycle.
      clockMs += 150_000;
      const status = CYCLE_STATUSES[c] ?? 'pickup';
      await sandbox.ask({ op: 'advance', clockMs, carrier: CARRIER, numbers: numbers.slice(c * changed, (c + 1) * changed), status });
      clockMs += 150_000;
      await sandbox.ask({ op: 'reset-calls' });
      const before = adapter.delivered;
      const cpu = process.cpuUsage();
      const started = performance.now();
      // What the polling timer runs: the poll, then the parked deliveries (none here: one kv read).
      await watcher.runCycle();
      const wallMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      cycles.push({ calls: (await sandbox.listCalls()).total, wallMs, cpuMs: (used.user + used.system) / 1000, notifications: adapter.delivered - before, rss: process.memoryUsage().rss });
    }

    const row: Row = {
      subscriptions: size,
      changed,
      calls: Math.max(...cycles.map((c) => c.calls)),
      target: Math.ceil(changed / PAGE) + 1,
      wallMs: avg(cycles.map((c) => c.wallMs)),
      cpuMs: avg(cycles.map((c) => c.cpuMs)),
      maxCpuMs: Math.max(...cycles.map((c) => c.cpuMs)),
      notifications: avg(cycles.map((c) => c.notifications)),
      keys: await store.countKeys(),
      bytes: fileBytes(dbPath),
      rssMb: mb(Math.max(...cycles.map((c) => c.rss))),
      seedSeconds,
    };

    if (size <= NAIVE_MAX) {
      await sandbox.ask({ op: 'reset-calls' });
      const cpu = process.cpuUsage();
      const started = performance.now();
      await naiveCycle(tm, subscriptions);
      const wallMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      row.naive = { calls: (await sandbox.listCalls()).total, wallMs, cpuMs: (used.user + used.system) / 1000, extrapolated: false };
    }
    return row;
  } finally {
    await store.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 100k naive = 10× the measured 10k (GETs are independent; said so in the table). */
function extrapolate(rows: Row[]): void {
  const base = rows.find((r) => r.naive && !r.naive.extrapolated && r.subscriptions === NAIVE_MAX);
  for (const row of rows) {
    if (row.naive || !base?.naive) continue;
    const factor = row.subscriptions / base.subscriptions;
    row.naive = { calls: base.naive.calls * factor, wallMs: base.naive.wallMs * factor, cpuMs: base.naive.cpuMs * factor, extrapolated: true };
  }
}

function table(rows: Row[]): string {
  const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lines = [
    '| subscriptions | changed/cycle | API calls/cycle (target ≤) | wall ms/cycle | CPU ms/cycle (max) | notifications/cycle | store keys | store MB | RSS MB | naive API calls/cycle | naive wall ms/cycle | naive CPU ms/cycle | calls ratio | wall ratio |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const n = r.naive;
    const mark = n?.extrapolated ? '*' : '';
    lines.push(
      `| ${fmt(r.subscriptions)} | ${fmt(r.changed)} | ${r.calls} (${r.target}) | ${fmt(r.wallMs, 1)} | ${fmt(r.cpuMs, 1)} (${fmt(r.maxCpuMs, 1)}) | ${fmt(r.notifications)} | ${fmt(r.keys)} | ${fmt(mb(r.bytes), 1)} | ${fmt(r.rssMb)} | ` +
        (n ? `${fmt(n.calls)}${mark} | ${fmt(n.wallMs)}${mark} | ${fmt(n.cpuMs)}${mark} | ${fmt(n.calls / r.calls)}× | ${fmt(n.wallMs / r.wallMs, 1)}× |` : '– | – | – | – | – |'),
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const rows: Row[] = [];
  for (const size of SIZES) {
    process.stderr.write(`bench: ${size} subscriptions…\n`);
    rows.push(await measure(size));
  }
  extrapolate(rows);
  const big = rows.find((r) => r.subscriptions === 100_000);
  const callsMet = rows.every((r) => r.calls <= r.target);
  const lines = [
    `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${CHANNELS.toLocaleString('en-US')} channels, ${CYCLES} measured cycles per size (averages; CPU also max), SQLite store in a temp file`,
    '',
    table(rows),
    '',
    '`*` extrapolated linearly from the 10,000 run (not measured). Naive = one GET /trackings/{carrier}/{number} per subscription per cycle, 8 in flight, no spacing.',
    'Deliveries go to a counting adapter (no Slack/Discord network). List-call spacing (1 req/s) is replaced by a no-op sleep.',
    `Seeding (sandbox + one SQLite transaction): ${rows.map((r) => `${r.subscriptions.toLocaleString('en-US')}: ${r.seedSeconds.toFixed(1)} s`).join(', ')}. Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    '',
    `Target API calls per cycle ≤ ceil(changed/2000) + 1: ${callsMet ? 'met' : 'MISSED'} at every size.`,
    big ? `Target 100,000 subscriptions / 1,000 changes under 1 s CPU: ${big.maxCpuMs < 1000 ? 'met' : 'MISSED'} (max ${big.maxCpuMs.toFixed(0)} ms); under 300 MB RSS: ${big.rssMb < 300 ? 'met' : 'MISSED'} (${big.rssMb.toFixed(0)} MB).` : '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
