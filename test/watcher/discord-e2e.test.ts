import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core';
import { createLogger } from '../../src/log';
import type { Platform } from '../../src/platform/actor';
import type { ChatAdapter } from '../../src/platform/adapter';
import { openStore, type OpenedStore } from '../../src/subscriptions/open-store';
import { TrackingMoreClient } from '../../src/trackingmore';
import { ALICE, startDiscordHarness, TM_KEY, type DiscordHarness } from '../discord/harness';
import { watcherOnStore } from '../../src/watcher/watcher-on-store';

const PILLOW = { carrier: '4px', number: '300403513351' };
const dir = mkdtempSync(join(tmpdir(), 'trackbot-watcher-e2e-'));
let h: DiscordHarness | undefined;
let store: OpenedStore | undefined;

afterEach(async () => {
  await h?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a member runs /track watch, the tracking moves, one poll posts exactly one message to the Discord channel', async () => {
  store = await openStore(`sqlite://${join(dir, 'e2e.db')}`);
  const opened = store;
  // The harness starts the sandbox; the core on the real store is built once its URL is known.
  let core: Core | undefined;
  const late = () => {
    if (!core) throw new Error('core not ready');
    return core;
  };
  h = await startDiscordHarness({
    core: {
      handleText: (text, actor) => late().handleText(text, actor),
      run: (name, args, actor) => late().run(name, args, actor),
      completeCarriers: (query, limit) => late().completeCarriers(query, limit),
    },
  });
  const tm = new TrackingMoreClient({ apiKey: TM_KEY, baseUrl: h.sandbox.url, retries: 0, sleep: async () => {} });
  core = createCore({ tm, subscriptions: opened.subscriptions, kv: opened.kv, config: { slackAdminUserIds: [], discordAdminRoleIds: [] } });
  const watcher = watcherOnStore({
    source: tm,
    store: opened,
    adapters: new Map<Platform, ChatAdapter>([['discord', h.adapter]]),
    logger: createLogger({ level: 'silent' }),
  });
  await watcher.pollOnce();

  const answer = await h.answer(h.command('watch', [{ name: 'carrier', value: PILLOW.carrier }, { name: 'number', value: PILLOW.number }], ALICE));
  expect(answer.embeds[0].description).toContain('This channel now gets updates for 4px 300403513351');
  const { guildId, channelId } = h.fake.world;
  expect(await opened.subscriptions.get({ platform: 'discord', workspaceId: guildId, channelId }, PILLOW)).toMatchObject({ lastNotifiedStatus: 'transit', addedBy: ALICE.userId });

  h.sandbox.advance(PILLOW, 'pickup');
  expect(await watcher.pollOnce()).toMatchObject({ delivered: 1, deferred: 0 });
  await watcher.pollOnce();

  const posts = h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
  expect(posts).toHaveLength(1);
  const body = posts[0]?.body;
  expect(body.enforce_nonce).toBe(true);
  expect(body.nonce).toMatch(/^[0-9a-f]{25}$/);
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.embeds[0].title).toBe('cute pillow (4px 300403513351)');
  expect(body.embeds[0].description).toContain('🚚 In transit → 📬 Out for delivery / ready for pickup');
});
