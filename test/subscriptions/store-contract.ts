import { afterEach, describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/subscriptions/store';
import { openRecorded, type RecordedStore, uniquePrefix } from './open-recorded';

const slackGeneral = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' } as const;
const slackRandom = { platform: 'slack', workspaceId: 'T1', channelId: 'C2' } as const;
const discordShip = { platform: 'discord', workspaceId: 'G1', channelId: 'C1' } as const;
const parcel = { carrier: 'china-ems', number: 'LK123456789CN' };
const other = { carrier: '4px', number: '300403513351' };

function subscription(address: typeof slackGeneral | typeof slackRandom | typeof discordShip, ref: { carrier: string; number: string }, extra: Partial<Subscription> = {}): Subscription {
  return { ...address, ...ref, addedBy: 'U1', createdAt: '2024-05-01T10:00:00.000Z', ...extra };
}

/** The SubscriptionStore contract, run against one real backend. */
export function describeStoreContract(name: string, url: () => string): void {
  describe(`SubscriptionStore contract: ${name}`, () => {
    const opened: RecordedStore[] = [];
    async function open(prefix = uniquePrefix()): Promise<RecordedStore> {
      const store = await openRecorded(url(), prefix);
      opened.push(store);
      return store;
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.destroy()));
    });

    it('adds, gets and removes a subscription', async () => {
      const { subscriptions } = await open();
      expect(await subscriptions.add(subscription(slackGeneral, parcel))).toBe('added');
      expect(await subscriptions.get(slackGeneral, parcel)).toEqual(subscription(slackGeneral, parcel));
      expect(await subscriptions.remove(slackGeneral, parcel)).toBe(true);
      expect(await subscriptions.get(slackGeneral, parcel)).toBeUndefined();
      expect(await subscriptions.listByTracking(parcel)).toEqual([]);
      expect(await subscriptions.listByChannel(slackGeneral)).toEqual([]);
      expect(await subscriptions.remove(slackGeneral, parcel)).toBe(false);
    });

    it('adding twice replaces the status filter and keeps the rest', async () => {
      const { subscriptions } = await open();
      await subscriptions.add(subscription(slackGeneral, parcel, { statuses: ['delivered'] }));
      await subscriptions.setLastNotified(subscription(slackGeneral, parcel), 'transit');
      const again = subscription(slackGeneral, parcel, { statuses: ['exception', 'delivered'], addedBy: 'U2', createdAt: '2025-01-01T00:00:00.000Z' });
      expect(await subscriptions.add(again)).toBe('updated');
      expect(await subscriptions.get(slackGeneral, parcel)).toEqual(
        subscription(slackGeneral, parcel, { statuses: ['exception', 'delivered'], lastNotifiedStatus: 'transit' }),
      );
      await subscriptions.add(subscription(slackGeneral, parcel));
      expect((await subscriptions.get(slackGeneral, parcel))?.statuses).toBeUndefined();
      expect(await subscriptions.listByTracking(parcel)).toHaveLength(1);
    });

    it('lists exactly the subscriptions of a channel and of a tracking', async () => {
      const { subscriptions } = await open();
      await subscriptions.add(subscription(slackGeneral, parcel));
      await subscriptions.add(subscription(slackGeneral, other));
      await subscriptions.add(subscription(slackRandom, parcel));
      await subscriptions.add(subscription(discordShip, other));

      const generalRefs = (await subscriptions.listByChannel(slackGeneral)).map((s) => s.number);
      expect(generalRefs).toEqual([parcel.number, other.number]);
      const parcelChannels = (await subscriptions.listByTracking(parcel)).map((s) => `${s.platform}/${s.channelId}`);
      expect(parcelChannels).toEqual(['slack/C1', 'slack/C2']);
      // Same channel id on another platform is another channel.
      expect((await subscriptions.listByChannel(discordShip)).map((s) => s.number)).toEqual([other.number]);
    });

    it('treats carrier codes case-insensitively', async () => {
      const { subscriptions } = await open();
      await subscriptions.add(subscription(slackGeneral, { carrier: 'China-EMS', number: parcel.number }));
      expect(await subscriptions.add(subscription(slackGeneral, parcel))).toBe('updated');
      expect((await subscriptions.get(slackGeneral, { carrier: 'CHINA-EMS', number: parcel.number }))?.carrier).toBe('china-ems');
      expect(await subscriptions.listByTracking({ carrier: 'CHINA-ems', number: parcel.number })).toHaveLength(1);
      expect(await subscriptions.remove(slackGeneral, { carrier: 'China-Ems', number: parcel.number })).toBe(true);
      expect(await subscriptions.listByChannel(slackGeneral)).toEqual([]);
    });

    it('treats tracking numbers case-insensitively, as TrackingMore does', async () => {
      const { subscriptions } = await open();
      await subscriptions.add(subscription(slackGeneral, { carrier: parcel.carrier, number: parcel.number.toLowerCase() }));
      expect(await subscriptions.add(subscription(slackGeneral, parcel))).toBe('updated');
      expect((await subscriptions.listByTracking({ carrier: parcel.carrier, number: ` ${parcel.number.toLowerCase()} ` }))[0]?.number).toBe(parcel.number);
      expect(await subscriptions.remove(slackGeneral, { carrier: parcel.carrier, number: parcel.number.toLowerCase() })).toBe(true);
      expect(await subscriptions.listByTracking(parcel)).toEqual([]);
    });

    it('keeps lastNotifiedStatus across a restart, and never resurrects a removed one', async () => {
      const prefix = uniquePrefix();
      const first = await openRecorded(url(), prefix);
      await first.subscriptions.add(subscription(slackGeneral, parcel));
      await first.subscriptions.setLastNotified(subscription(slackGeneral, parcel), 'pickup');
      await first.subscriptions.close();

      const second = await open(prefix);
      expect((await second.subscriptions.get(slackGeneral, parcel))?.lastNotifiedStatus).toBe('pickup');
      expect((await second.subscriptions.listByTracking(parcel))[0]?.lastNotifiedStatus).toBe('pickup');
      await second.subscriptions.remove(slackGeneral, parcel);
      await second.subscriptions.setLastNotified(subscription(slackGeneral, parcel), 'delivered');
      expect(await second.subscriptions.get(slackGeneral, parcel)).toBeUndefined();
    });

    it('round-trips general values in kv, apart from subscriptions', async () => {
      const { kv, subscriptions } = await open();
      await kv.set('watcher:cursor', { updatedSince: 1_717_000_000 });
      expect(await kv.get('watcher:cursor')).toEqual({ updatedSince: 1_717_000_000 });
      await subscriptions.add(subscription(slackGeneral, parcel));
      expect(await kv.get('by-tracking:china-ems:LK123456789CN')).toBeUndefined();
      expect(await kv.delete('watcher:cursor')).toBe(true);
      expect(await kv.get('watcher:cursor')).toBeUndefined();
    });

    it('reads only the index and the matching records for listByTracking', async () => {
      const { subscriptions, subscriptionsKeyv } = await open();
      await subscriptions.add(subscription(slackGeneral, parcel));
      await subscriptions.add(subscription(discordShip, parcel));
      for (const channelId of ['C7', 'C8', 'C9']) {
        await subscriptions.add(subscription({ ...slackGeneral, channelId } as unknown as typeof slackGeneral, other));
      }
      const read: string[] = [];
      subscriptionsKeyv.hooks.addHandler('preGet', (data: { key: string }) => read.push(data.key));
      subscriptionsKeyv.hooks.addHandler('preGetMany', (data: { keys: string[] }) => read.push(...data.keys));

      expect(await subscriptions.listByTracking(parcel)).toHaveLength(2);

      const ns = subscriptionsKeyv.namespace ?? '';
      const unprefixed = read.map((key) => key.replace(`${ns}:`, ''));
      expect(unprefixed.sort()).toEqual(
        ['by-tracking:china-ems:LK123456789CN', 'sub:discord:G1:C1:china-ems:LK123456789CN', 'sub:slack:T1:C1:china-ems:LK123456789CN'].sort(),
      );
    });

    it('lists many trackings at once, in the order asked, with one read of the indexes and one of the records', async () => {
      const { subscriptions, subscriptionsKeyv } = await open();
      await subscriptions.add(subscription(slackGeneral, parcel));
      await subscriptions.add(subscription(discordShip, parcel));
      await subscriptions.add(subscription(slackRandom, other));
      const singles: string[] = [];
      const batches: string[][] = [];
      subscriptionsKeyv.hooks.addHandler('preGet', (data: { key: string }) => singles.push(data.key));
      subscriptionsKeyv.hooks.addHandler('preGetMany', (data: { keys: string[] }) => batches.push([...data.keys]));

      const unknown = { carrier: 'ups', number: '1Z0000000000000000' };
      const lists = await subscriptions.listByTrackings([other, unknown, { carrier: 'CHINA-EMS', number: parcel.number }, parcel]);
      expect(lists.map((subs) => subs.map((s) => `${s.platform}/${s.channelId}`))).toEqual([['slack/C2'], [], ['slack/C1', 'discord/C1'], ['slack/C1', 'discord/C1']]);
      expect(lists[2]?.[0]).toEqual(subscription(slackGeneral, parcel));
      expect(singles).toEqual([]);
      expect(batches).toHaveLength(2);
      expect(await subscriptions.listByTrackings([])).toEqual([]);
      expect(batches).toHaveLength(2);
    });

    it('listByTrackings skips and prunes an index entry whose record is gone', async () => {
      const { subscriptions, subscriptionsKeyv } = await open();
      await subscriptions.add(subscription(slackGeneral, parcel));
      await subscriptions.add(subscription(slackRandom, parcel));
      await subscriptionsKeyv.delete('sub:slack:T1:C1:china-ems:LK123456789CN');

      const [subs] = await subscriptions.listByTrackings([parcel]);
      expect(subs?.map((s) => s.channelId)).toEqual(['C2']);
      expect(await subscriptionsKeyv.get('by-tracking:china-ems:LK123456789CN')).toEqual(['sub:slack:T1:C2:china-ems:LK123456789CN']);
    });

    it('skips and prunes an index entry whose record is gone (crash repair)', async () => {
      const { subscriptions, subscriptionsKeyv } = await open();
      await subscriptions.add(subscription(slackGeneral, parcel));
      await subscriptions.add(subscription(slackRandom, parcel));
      await subscriptionsKeyv.delete('sub:slack:T1:C1:china-ems:LK123456789CN');

      expect((await subscriptions.listByTracking(parcel)).map((s) => s.channelId)).toEqual(['C2']);
      expect(await subscriptionsKeyv.get('by-tracking:china-ems:LK123456789CN')).toEqual(['sub:slack:T1:C2:china-ems:LK123456789CN']);
      expect(await subscriptions.listByChannel(slackGeneral)).toEqual([]);
      expect(await subscriptionsKeyv.get('by-channel:slack:T1:C1')).toBeUndefined();
    });

    it('keeps every index entry under concurrent adds and removes', async () => {
      const { subscriptions } = await open();
      const channels = Array.from({ length: 12 }, (_, i) => ({ ...slackGeneral, channelId: `C${i}` }) as unknown as typeof slackGeneral);
      await Promise.all(channels.map((channel) => subscriptions.add(subscription(channel, parcel))));
      expect(await subscriptions.listByTracking(parcel)).toHaveLength(12);
      await Promise.all(channels.slice(0, 5).map((channel) => subscriptions.remove(channel, parcel)));
      expect((await subscriptions.listByTracking(parcel)).map((s) => s.channelId).sort()).toEqual(
        ['C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11'].sort(),
      );
    });
  });
}
