import type Keyv from 'keyv';
import type { TrackingApi } from '../core/tracking-api';
import type { Locale } from '../i18n';
import type { BotMessage } from '../messages/model';
import type { Actor } from '../platform/actor';
import type { SubscriptionStore } from '../subscriptions/store';
import type { Outbox } from '../subscriptions/outbox';
import type { CarrierCatalog } from './carrier-catalog';
import type { OwnerRegistry } from './owners';
import type { PermissionConfig } from './permissions';
import type { TransitStats } from './transit-stats';
import type { ArgsOf, CommandName } from './types';

/** What every handler may use; built once by createCore. */
export interface CommandContext {
  tm: TrackingApi;
  subscriptions: SubscriptionStore;
  kv: Keyv;
  config: PermissionConfig;
  clock: () => Date;
  carriers: CarrierCatalog;
  owners: OwnerRegistry;
  transit: TransitStats;
  /** Notices for other channels: the core cannot post, the watcher delivers them. */
  outbox: Outbox;
}

export interface HandlerInput<N extends CommandName> {
  args: ArgsOf<N>;
  actor: Actor;
  locale: Locale;
  ctx: CommandContext;
}

export type Handler<N extends CommandName> = (input: HandlerInput<N>) => Promise<BotMessage>;

/** Thrown by a handler (or a helper it calls) to end the command with this reply. */
export class ReplyWith extends Error {
  constructor(readonly reply: BotMessage) {
    super(reply.text ?? reply.kind);
    this.name = 'ReplyWith';
  }
}
