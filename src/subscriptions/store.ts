import type { TrackingStatus } from '../messages/model';
import type { Platform } from '../platform/actor';

export interface TrackingRef {
  carrier: string;
  number: string;
}

export interface Subscription extends TrackingRef {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  /** User id of who added it. */
  addedBy: string;
  /** Only these statuses are announced; undefined = all. */
  statuses?: TrackingStatus[];
  /** The last status this channel was told about (or saw when subscribing). */
  lastNotifiedStatus?: TrackingStatus;
  createdAt: string;
  /** Locale of who subscribed (e.g. "it-IT"): notifications are written in it. */
  locale?: string;
  /** Unix seconds of the newest event behind the last notification: an older snapshot of the tracking is stale. */
  lastChangeAt?: number;
  /** The last event a "no news for n days" alert was sent for: one alert per stall. */
  stallAlertedFor?: string;
}

/** What the watcher records beside the status when the adapter accepted a message. */
export type NotifiedFacts = Pick<Subscription, 'lastChangeAt' | 'stallAlertedFor'>;

/**
 * Subscriptions and the bot's durable state, on keyv. Look-ups by tracking
 * and by channel use index keys, never a scan of every key.
 */
export interface SubscriptionStore {
  /** Adds, or replaces the status filter of an existing one. */
  add(sub: Subscription): Promise<'added' | 'updated'>;
  remove(address: { platform: Platform; workspaceId: string; channelId: string }, ref: TrackingRef): Promise<boolean>;
  get(address: { platform: Platform; workspaceId: string; channelId: string }, ref: TrackingRef): Promise<Subscription | undefined>;
  listByChannel(address: { platform: Platform; workspaceId: string; channelId: string }): Promise<Subscription[]>;
  listByTracking(ref: TrackingRef): Promise<Subscription[]>;
  /**
   * The subscriptions of each ref, in the order of `refs` (one list per ref,
   * empty when none): a page of changes is looked up with a few batched reads.
   */
  listByTrackings(refs: readonly TrackingRef[]): Promise<Subscription[][]>;
  /** Does nothing when the subscription was removed meanwhile. `facts` are merged into the record. */
  setLastNotified(sub: Subscription, status: TrackingStatus, facts?: NotifiedFacts): Promise<void>;
  close(): Promise<void>;
}
