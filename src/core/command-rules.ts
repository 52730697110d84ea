import type { CommandContext } from '../commands/context';
import { COMMANDS } from '../commands/declarations';
import { formatCommand } from '../commands/grammar';
import { addressOf } from '../commands/handlers/shared';
import { isAdmin, mayChange } from '../commands/permissions';
import type { Invocation, TrackingPair } from '../commands/types';
import { t, type Locale } from '../i18n';
import { permissionDeniedView } from '../messages/error-view';
import type { BotMessage } from '../messages/model';
import type { Actor } from '../platform/actor';

/**
 * The rule fields of the declarations (permission, destructive), enforced
 * once for every command before its handler runs.
 */

type LooseArgs = Readonly<Record<string, unknown>>;

/** What a command acts on: every pair of its `items`, or its carrier and number. */
export function trackingsOf(args: LooseArgs): TrackingPair[] {
  if (Array.isArray(args.items)) return args.items as TrackingPair[];
  if (typeof args.carrier === 'string' && typeof args.number === 'string') return [{ carrier: args.carrier, number: args.number }];
  return [];
}

async function subscribedHere(ctx: CommandContext, actor: Actor, ref: TrackingPair): Promise<boolean> {
  return (await ctx.subscriptions.get(addressOf(actor), ref))?.addedBy === actor.userId;
}

/** The refusal for the first tracking the actor may not act on, or undefined when all are allowed. */
export async function permissionRefusal(invocation: Invocation, actor: Actor, ctx: CommandContext, locale: Locale): Promise<BotMessage | undefined> {
  const { permission } = COMMANDS[invocation.name];
  if (permission === 'open' || isAdmin(actor, ctx.config)) return undefined;
  const refs = trackingsOf(invocation.args);
  const owners = await ctx.owners.addedByEach(actor, refs);
  for (const [index, ref] of refs.entries()) {
    const owner = owners[index];
    if (mayChange(actor, owner, ctx.config)) continue;
    if (permission === 'owner-or-unclaimed' && owner === undefined) continue;
    if (permission === 'owner-or-subscriber' && (await subscribedHere(ctx, actor, ref))) continue;
    return permissionDeniedView(ref.carrier, ref.number, locale);
  }
  return undefined;
}

/** The question a destructive command asks first, with the danger button that runs it confirmed. */
export function confirmationQuestion(invocation: Invocation, locale: Locale): BotMessage | undefined {
  const { destructive } = COMMANDS[invocation.name];
  const args: LooseArgs = invocation.args;
  if (!destructive || args.confirm === 'confirm') return undefined;
  const refs = trackingsOf(args);
  const params = {
    ...refs[0],
    count: refs.length,
    list: refs.map((ref) => `${ref.carrier} ${ref.number}`).join(', '),
  };
  // The args came out of the parser, so they format back into a line it accepts.
  const confirmed = { ...args, confirm: 'confirm' } as Parameters<typeof formatCommand>[1];
  return {
    kind: 'confirm',
    text: t(locale, destructive.askKey, params),
    actions: [{ type: 'button', label: t(locale, destructive.buttonKey), style: 'danger', command: formatCommand(invocation.name, confirmed) }],
    visibility: 'private',
  };
}
