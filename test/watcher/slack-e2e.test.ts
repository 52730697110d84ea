import { afterEach, expect, it } from 'vitest';
import { createLogger } from '../../src/log';
import type { Platform } from '../../src/platform/actor';
import type { ChatAdapter } from '../../src/platform/adapter';
import { TrackingMoreClient } from '../../src/trackingmore';
import { CHANNEL_ID } from '../slack/fake-slack/payloads';
import { TEAM_ID } from '../slack/fake-slack/web-api';
import { ALICE, startSlackHarness, TM_KEY, type SlackHarness } from '../slack/harness';
import { watcherOnStore } from '../../src/watcher/watcher-on-store';

const PILLOW = { carrier: '4px', number: '300403513351' };
let h: SlackHarness | undefined;

afterEach(async () => {
  await h?.close();
});

it('a user types /track watch, the tracking moves, polls post exactly one message to the Slack channel', async () => {
  h = await startSlackHarness();
  const tm = new TrackingMoreClient({ apiKey: TM_KEY, baseUrl: h.sandbox.url, retries: 0, sleep: async () => {} });
  const watcher = watcherOnStore({
    source: tm,
    store: h.store,
    adapters: new Map<Platform, ChatAdapter>([['slack', h.adapter]]),
    logger: createLogger({ level: 'silent' }),
  });
  await watcher.pollOnce();

  await h.reply(`watch ${PILLOW.carrier} ${PILLOW.number}`, ALICE);
  const address = { platform: 'slack' as const, workspaceId: TEAM_ID, channelId: CHANNEL_ID };
  expect(await h.store.subscriptions.get(address, PILLOW)).toMatchObject({ lastNotifiedStatus: 'transit', addedBy: ALICE });
  expect(h.web.callsOf('chat.postMessage')).toHaveLength(0);

  h.sandbox.advance(PILLOW, 'pickup');
  expect(await watcher.pollOnce()).toMatchObject({ delivered: 1, deferred: 0 });
  // The same change seen again (the cursor overlaps) must not post twice.
  expect(await watcher.pollOnce()).toMatchObject({ delivered: 0 });

  const posts = h.web.callsOf('chat.postMessage');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.body).toMatchObject({ channel: CHANNEL_ID, text: expect.stringContaining('cute pillow (4px 300403513351)') });
  expect(JSON.stringify(posts[0]?.body.blocks)).toContain('🚚 In transit → 📬 Out for delivery / ready for pickup');
  expect(await h.store.subscriptions.get(address, PILLOW)).toMatchObject({ lastNotifiedStatus: 'pickup' });
});
