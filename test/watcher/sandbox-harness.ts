import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../src/log';
import type { Platform } from '../../src/platform/actor';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox';
import { openStore, type OpenedStore } from '../../src/subscriptions/open-store';
import type { Subscription } from '../../src/subscriptions/store';
import { TrackingMoreClient } from '../../src/trackingmore';
import type { ChangeQuery, ChangeSource } from '../../src/watcher/change-source';
import type { Watcher } from '../../src/watcher/watcher';
import { RecordingAdapter } from './fakes';
import { watcherOnStore } from '../../src/watcher/watcher-on-store';

/** 2024-05-01T10:00:00Z */
export const START_MS = Date.UTC(2024, 4, 1, 10, 0, 0);
export const PILLOW = { carrier: '4px', number: '300403513351' };
export const SHOES = { carrier: 'ups', number: '1Z999AA10123456784' };
export const OVERLAP = 60;
export const STALL_DAYS = 7;

export const general = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' } as const;
export const random = { platform: 'slack', workspaceId: 'T1', channelId: 'C2' } as const;
export const guild = { platform: 'discord', workspaceId: 'G1', channelId: 'D1' } as const;
type Address = typeof general | typeof random | typeof guild;

/** The real TrackingMoreClient, recording each list query it was asked for (what the sandbox received). */
export class RecordingSource implements ChangeSource {
  readonly queries: ChangeQuery[] = [];
  /** Every getTracking call, as "carrier/number". */
  readonly reads: string[] = [];
  constructor(private readonly client: TrackingMoreClient) {}
  listTrackings(query: ChangeQuery) {
    this.queries.push(query);
    return this.client.listTrackings(query);
  }
  getTracking(carrier: string, number: string) {
    this.reads.push(`${carrier}/${number}`);
    return this.client.getTracking(carrier, number);
  }
}

export interface LogLine {
  level: number;
  msg: string;
  reason?: string;
  channelId?: string;
}

/**
 * One "process": the real client against the sandbox, a Watcher over the
 * store, recording adapters. `restart()` builds a new one over the same
 * store file and sandbox, as after a crash.
 */
export interface WatcherWorld {
  sandbox: Sandbox;
  store: OpenedStore;
  watcher: Watcher;
  source: RecordingSource;
  slack: RecordingAdapter;
  discord: RecordingAdapter;
  logs: LogLine[];
  logger: Logger;
  /** Sleeps the client asked for between list calls (spacing), in ms; never actually slept. */
  sleeps: number[];
  clock: { ms: number };
  tick(seconds: number): void;
  subscribe(address: Address, ref: { carrier: string; number: string }, extra?: Partial<Subscription>): Promise<void>;
  restart(): Promise<WatcherWorld>;
}

export class WorldFactory {
  private readonly dir = mkdtempSync(join(tmpdir(), 'trackbot-watcher-sandbox-'));
  private readonly closers: (() => Promise<void>)[] = [];
  private files = 0;

  /** Seeds PILLOW and SHOES (in transit, last event 7 h ago); `webhook` makes the sandbox push every status change. */
  async start(webhook?: SandboxOptions['webhook']): Promise<WatcherWorld> {
    const clock = { ms: START_MS };
    // Journeys move only when a test says so (advance), never by the clock; the step stays
    // below setInterval's 2^31 ms limit (the sandbox ticks with it when pushing webhooks).
    const sandbox = await startSandbox({ seedDemo: false, clock: () => clock.ms, stepMs: 2_000_000_000, logger: { warn: () => {} }, ...(webhook ? { webhook } : {}) });
    sandbox.addTracking({ ...PILLOW, status: 'transit', title: 'cute pillow' });
    sandbox.addTracking({ ...SHOES, status: 'transit', title: 'running shoes' });
    this.closers.push(() => sandbox.close());
    return this.open(sandbox, clock, join(this.dir, `store-${(this.files += 1)}.db`));
  }

  async closeAll(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) await close();
  }

  removeFiles(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async open(sandbox: Sandbox, clock: { ms: number }, file: string): Promise<WatcherWorld> {
    const store = await openStore(`sqlite://${file}`);
    this.closers.push(() => store.close());
    const sleeps: number[] = [];
    const client = new TrackingMoreClient({
      apiKey: 'sandbox-key',
      baseUrl: sandbox.url,
      retries: 0,
      now: () => clock.ms,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    const source = new RecordingSource(client);
    const slack = new RecordingAdapter('slack');
    const discord = new RecordingAdapter('discord');
    const logs: LogLine[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => logs.push(JSON.parse(line)) } });
    const watcher = watcherOnStore({
      source,
      store,
      adapters: new Map<Platform, RecordingAdapter>([
        ['slack', slack],
        ['discord', discord],
      ]),
      logger,
      overlapSeconds: OVERLAP,
      stall: { days: STALL_DAYS, everySeconds: 3600 },
      now: () => Math.floor(clock.ms / 1000),
    });
    return {
      sandbox, store, watcher, source, slack, discord, logs, logger, sleeps, clock,
      tick: (seconds) => {
        clock.ms += seconds * 1000;
      },
      async subscribe(address, ref, extra = {}) {
        const status = (sandbox.tracking(ref)?.['status'] as Subscription['lastNotifiedStatus']) ?? 'pending';
        await store.subscriptions.add({ ...address, ...ref, addedBy: 'U1', createdAt: new Date(clock.ms).toISOString(), lastNotifiedStatus: status, ...extra });
      },
      restart: async () => {
        await store.close();
        return this.open(sandbox, clock, file);
      },
    };
  }
}
