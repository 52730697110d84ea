import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core';
import type { Actor } from '../../src/platform/actor';
import { TrackingMoreClient } from '../../src/trackingmore';
import { Outbox } from '../../src/subscriptions/outbox';
import { GIVE_UP_SECONDS } from '../../src/watcher/watcher';
import { general, guild, PILLOW, random, WorldFactory, type WatcherWorld } from './sandbox-harness';

const worlds = new WorldFactory();
afterEach(() => worlds.closeAll());
afterAll(() => worlds.removeFiles());

/** A Slack admin typing in #general (channel A). */
const admin: Actor = { ...general, userId: 'UADMIN', facts: {} };
const DELETED_FROM_SLACK = '4px 300403513351 was deleted from TrackingMore by someone on Slack in another workspace, so this channel no longer watches it.';
const DELETED_HERE_IT = '4px 300403513351 è stata eliminata da TrackingMore da qualcuno in un altro canale, quindi questo canale non la segue più.';

/** The core over the world's store, talking to the world's sandbox through the real client. */
function coreOf(w: WatcherWorld): Core {
  const tm = new TrackingMoreClient({ apiKey: 'sandbox-key', baseUrl: w.sandbox.url, retries: 0, sleep: async () => {} });
  return createCore({ tm, subscriptions: w.store.subscriptions, kv: w.store.kv, config: { slackAdminUserIds: ['UADMIN'], discordAdminRoleIds: [] } });
}

async function deletePillow(w: WatcherWorld, by: Actor = admin): Promise<void> {
  const reply = await coreOf(w).handleText('delete 4px 300403513351 confirm', by);
  expect(reply).toEqual({ kind: 'info', text: 'Deleted 4px 300403513351.', visibility: 'private' });
}

describe('notices of a deleted tracking', () => {
  it('tells the other channel once, after one cycle, and not the channel where it was deleted', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.subscribe(guild, PILLOW);
    await deletePillow(w);
    expect(await w.store.subscriptions.listByTracking(PILLOW)).toEqual([]);
    expect(w.discord.attempts).toEqual([]);

    const cycle = await w.watcher.runCycle();
    expect(cycle.notices).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    expect(w.slack.attempts).toEqual([]);
    expect(w.discord.delivered).toHaveLength(1);
    const [sent] = w.discord.delivered;
    expect(sent?.to).toEqual(guild);
    expect(sent?.message).toEqual({ kind: 'notification', text: DELETED_FROM_SLACK, visibility: 'public' });
    expect(sent?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    // Who deleted it stays in their workspace.
    expect(JSON.stringify(sent)).not.toContain('UADMIN');

    w.tick(300);
    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 0, delivered: 0, deferred: 0 });
    expect(w.discord.attempts).toHaveLength(1);
    expect(w.slack.attempts).toEqual([]);
    expect(await new Outbox(w.store.kv).all()).toEqual([]);
  });

  it('keeps a retry-later notice for the next cycle and delivers it exactly once, with the same key, in the channel\'s language', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.subscribe(random, PILLOW, { locale: 'it-IT' });
    await deletePillow(w);
    w.slack.script.push({ ok: false, reason: 'retry-later', detail: 'rate limited' });

    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 1, delivered: 0, deferred: 1 });
    expect(w.slack.delivered).toEqual([]);
    expect(w.logs.filter((l) => l.msg === 'watcher: notice deferred')).toHaveLength(1);

    w.tick(300);
    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    w.tick(300);
    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 0, delivered: 0, deferred: 0 });

    expect(w.slack.delivered).toHaveLength(1);
    expect(w.slack.delivered[0]?.to).toEqual(random);
    expect(w.slack.delivered[0]?.message).toEqual({ kind: 'notification', text: DELETED_HERE_IT, visibility: 'public', locale: 'it-IT' });
    const keys = w.slack.attempts.map((a) => a.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('survives a restart: a new Watcher over the same store delivers it', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.subscribe(guild, PILLOW);
    await deletePillow(w);

    const after = await w.restart();
    expect((await after.watcher.runCycle()).notices).toEqual({ trackings: 1, delivered: 1, deferred: 0 });
    expect(after.discord.delivered.map((d) => [d.to, d.message.text])).toEqual([[guild, DELETED_FROM_SLACK]]);
    await after.watcher.runCycle();
    expect(after.discord.attempts).toHaveLength(1);
  });

  it('drops a notice whose channel is gone at once, and one still failing after 24 h with a log line', async () => {
    const w = await worlds.start();
    await w.subscribe(general, PILLOW);
    await w.subscribe(random, PILLOW);
    await w.subscribe(guild, PILLOW);
    await deletePillow(w);
    w.slack.script.push({ ok: false, reason: 'retry-later', detail: 'missing scope' });
    w.discord.script.push({ ok: false, reason: 'channel-gone' });

    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 2, delivered: 0, deferred: 1 });
    expect(w.logs.filter((l) => l.msg === 'watcher: notice dropped, channel gone')).toHaveLength(1);

    w.tick(GIVE_UP_SECONDS - 1);
    w.slack.script.push(new Error('socket hang up'));
    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 1, delivered: 0, deferred: 1 });

    w.tick(1);
    w.slack.script.push({ ok: false, reason: 'retry-later', detail: 'missing scope' });
    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 1, delivered: 0, deferred: 0 });
    expect(w.logs.filter((l) => l.msg === 'watcher: notice given up after 24 h')).toHaveLength(1);

    w.tick(300);
    await w.watcher.runCycle();
    expect(w.slack.attempts).toHaveLength(3);
    expect(w.discord.attempts).toHaveLength(1);
    expect(w.slack.delivered).toEqual([]);
    expect(await new Outbox(w.store.kv).all()).toEqual([]);
  });

  it('drops a notice for a platform without an adapter (the console) without trying it', async () => {
    const w = await worlds.start();
    const terminal = { platform: 'console', workspaceId: 'local', channelId: 'console' } as const;
    await w.store.subscriptions.add({ ...terminal, ...PILLOW, addedBy: 'local', createdAt: new Date(w.clock.ms).toISOString(), lastNotifiedStatus: 'transit' });
    await w.subscribe(guild, PILLOW);
    await deletePillow(w);
    expect(await new Outbox(w.store.kv).all()).toHaveLength(2);

    expect((await w.watcher.runCycle()).notices).toEqual({ trackings: 2, delivered: 1, deferred: 0 });
    expect(w.slack.attempts).toEqual([]);
    expect(await new Outbox(w.store.kv).all()).toEqual([]);
  });
});
