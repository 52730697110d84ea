import type Keyv from 'keyv';
import { CarrierCatalog } from '../commands/carrier-catalog';
import type { CommandContext, Handler } from '../commands/context';
import { ReplyWith } from '../commands/context';
import { COMMANDS } from '../commands/declarations';
import { parseArgs, parseCommand } from '../commands/grammar';
import { HANDLERS } from '../commands/handlers';
import { OwnerRegistry } from '../commands/owners';
import type { PermissionConfig } from '../commands/permissions';
import { TransitStats } from '../commands/transit-stats';
import type { CommandName, Invocation, ParseResult } from '../commands/types';
import { pickLocale } from '../i18n';
import { genericErrorView, parseErrorView, trackingMoreErrorView } from '../messages/error-view';
import type { BotMessage } from '../messages/model';
import type { Actor } from '../platform/actor';
import type { SubscriptionStore } from '../subscriptions/store';
import { TrackingMoreError } from '../trackingmore/errors';
import { Outbox } from '../subscriptions/outbox';
import { confirmationQuestion, permissionRefusal } from './command-rules';
import type { CarrierInfo, TrackingApi } from './tracking-api';

export interface CoreDeps {
  tm: TrackingApi;
  subscriptions: SubscriptionStore;
  kv: Keyv;
  config: PermissionConfig;
  clock?: () => Date;
  /** Told about exceptions the core turned into a generic reply, so the caller can log them. */
  onUnexpectedError?: (error: unknown, command: CommandName) => void;
  /** Audit: told after a `changesData` command ran and did not answer with an error. */
  onChange?: (actor: Actor, command: CommandName, args: Readonly<Record<string, unknown>>) => void;
}

export interface Core {
  /** A line of the text grammar: typed text, or a clicked action's `command`. */
  handleText(text: string, actor: Actor): Promise<BotMessage>;
  /** Structured options (Discord): validated against the same declarations. */
  run(name: string, args: Record<string, string | number | undefined>, actor: Actor): Promise<BotMessage>;
  /** Carrier autocomplete; never throws (an empty list when TrackingMore fails). */
  completeCarriers(query: string, limit?: number): Promise<CarrierInfo[]>;
}

const DEFAULT_COMPLETION_LIMIT = 25;

export function createCore(deps: CoreDeps): Core {
  const ctx: CommandContext = {
    tm: deps.tm,
    subscriptions: deps.subscriptions,
    kv: deps.kv,
    config: deps.config,
    clock: deps.clock ?? (() => new Date()),
    carriers: new CarrierCatalog(deps.tm, deps.kv),
    owners: new OwnerRegistry(deps.kv),
    transit: new TransitStats(deps.tm, deps.kv),
    outbox: new Outbox(deps.kv),
  };

  function reportChange(invocation: Invocation, actor: Actor): void {
    if (!COMMANDS[invocation.name].changesData) return;
    try {
      deps.onChange?.(actor, invocation.name, invocation.args);
    } catch (error) {
      // The change is done; a failing audit hook must not turn it into an error reply.
      deps.onUnexpectedError?.(error, invocation.name);
    }
  }

  /** The declaration's rules first (owner check, then the question of a destructive command), then the handler. */
  async function execute(invocation: Invocation, actor: Actor): Promise<BotMessage> {
    const locale = pickLocale(actor.locale);
    // The Invocation union pairs each name with its own args, which TS cannot follow through an index.
    const handler = HANDLERS[invocation.name] as Handler<CommandName>;
    let reply: BotMessage;
    try {
      const stopped = (await permissionRefusal(invocation, actor, ctx, locale)) ?? confirmationQuestion(invocation, locale);
      if (stopped) return stopped;
      reply = await handler({ args: invocation.args as never, actor, locale, ctx });
    } catch (error) {
      if (error instanceof ReplyWith) return error.reply;
      if (error instanceof TrackingMoreError) return trackingMoreErrorView(error.kind, locale);
      deps.onUnexpectedError?.(error, invocation.name);
      return genericErrorView(locale);
    }
    if (reply.kind !== 'error') reportChange(invocation, actor);
    return reply;
  }

  function answer(parsed: ParseResult, actor: Actor): Promise<BotMessage> {
    if (!parsed.ok) return Promise.resolve(parseErrorView(parsed.error, pickLocale(actor.locale)));
    return execute(parsed.invocation, actor);
  }

  return {
    handleText: (text, actor) => answer(parseCommand(text), actor),
    run: (name, args, actor) => answer(parseArgs(name, args), actor),
    async completeCarriers(query, limit = DEFAULT_COMPLETION_LIMIT) {
      try {
        return await ctx.carriers.search(query, limit);
      } catch {
        return [];
      }
    },
  };
}

export type { CarrierInfo, Tracking, TrackingApi } from './tracking-api';
