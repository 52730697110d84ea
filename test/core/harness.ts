import Keyv from 'keyv';
import { createCore, type Core } from '../../src/core';
import type { Actor } from '../../src/platform/actor';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox';
import type { Subscription, SubscriptionStore, TrackingRef } from '../../src/subscriptions/store';
import { normalizeRef } from '../../src/subscriptions/subscription-keys';
import { TrackingMoreClient } from '../../src/trackingmore';

type Address = Pick<Subscription, 'platform' | 'workspaceId' | 'channelId'>;

function sameAddress(a: Address, b: Address): boolean {
  return a.platform === b.platform && a.workspaceId === b.workspaceId && a.channelId === b.channelId;
}

function sameRef(a: TrackingRef, b: TrackingRef): boolean {
  const [x, y] = [normalizeRef(a), normalizeRef(b)];
  return x.carrier === y.carrier && x.number === y.number;
}

/** An in-memory SubscriptionStore: a test double of our own interface, keyed like the real one (normalizeRef). */
export class MemorySubscriptions implements SubscriptionStore {
  readonly all: Subscription[] = [];

  async add(added: Subscription): Promise<'added' | 'updated'> {
    const sub = { ...added, ...normalizeRef(added) };
    const index = this.all.findIndex((s) => sameAddress(s, sub) && sameRef(s, sub));
    if (index >= 0) {
      this.all[index] = sub;
      return 'updated';
    }
    this.all.push(sub);
    return 'added';
  }
  async remove(address: Address, ref: TrackingRef): Promise<boolean> {
    const index = this.all.findIndex((s) => sameAddress(s, address) && sameRef(s, ref));
    if (index < 0) return false;
    this.all.splice(index, 1);
    return true;
  }
  async get(address: Address, ref: TrackingRef): Promise<Subscription | undefined> {
    return this.all.find((s) => sameAddress(s, address) && sameRef(s, ref));
  }
  async listByChannel(address: Address): Promise<Subscription[]> {
    return this.all.filter((s) => sameAddress(s, address));
  }
  async listByTracking(ref: TrackingRef): Promise<Subscription[]> {
    return this.all.filter((s) => sameRef(s, ref));
  }
  async listByTrackings(refs: readonly TrackingRef[]): Promise<Subscription[][]> {
    return Promise.all(refs.map((ref) => this.listByTracking(ref)));
  }
  async setLastNotified(sub: Subscription, status: Subscription['lastNotifiedStatus'] & string): Promise<void> {
    const found = await this.get(sub, sub);
    if (found) found.lastNotifiedStatus = status;
  }
  async close(): Promise<void> {}
}

export function slackUser(userId: string, facts: Actor['facts'] = {}, locale?: string): Actor {
  return { platform: 'slack', userId, workspaceId: 'T1', channelId: 'C1', facts, ...(locale ? { locale } : {}) };
}

export interface Harness {
  sandbox: Sandbox;
  core: Core;
  kv: Keyv;
  subscriptions: MemorySubscriptions;
  unexpected: unknown[];
  /** What the core reported through onChange (the audit hook). */
  changes: { userId: string; command: string; args: Readonly<Record<string, unknown>> }[];
  close(): Promise<void>;
}

/** The core wired to the real TrackingMoreClient against a fresh sandbox. */
export async function startHarness(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ logger: { warn: () => {} }, ...options });
  const tm = new TrackingMoreClient({ apiKey: 'sandbox-key', baseUrl: sandbox.url });
  const kv = new Keyv();
  const subscriptions = new MemorySubscriptions();
  const unexpected: unknown[] = [];
  const changes: Harness['changes'] = [];
  const core = createCore({
    tm,
    subscriptions,
    kv,
    config: { slackAdminUserIds: ['UADMIN'], discordAdminRoleIds: ['R-ADMIN'] },
    clock: () => new Date('2024-05-01T10:00:00Z'),
    onUnexpectedError: (error) => unexpected.push(error),
    onChange: (actor, command, args) => changes.push({ userId: actor.userId, command, args }),
  });
  return { sandbox, core, kv, subscriptions, unexpected, changes, close: () => sandbox.close() };
}
