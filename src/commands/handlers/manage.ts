import { t, type MessageKey } from '../../i18n';
import type { Actor, Platform } from '../../platform/actor';
import type { Subscription } from '../../subscriptions/store';
import type { NewNotice } from '../../subscriptions/outbox';
import type { Handler } from '../context';
import { formatCommand } from '../grammar';
import { knownCarrier, showTracking, withNote } from './shared';

const PLATFORM_NAMES: Record<Platform, string> = { slack: 'Slack', discord: 'Discord', console: 'console' };

/**
 * What a channel that lost its subscription is told: where the delete came
 * from, never who (no mention, no user id of another workspace).
 */
function deletedNotice(sub: Subscription, actor: Actor): NewNotice {
  const sameWorkspace = sub.platform === actor.platform && sub.workspaceId === actor.workspaceId;
  const key: MessageKey =
    actor.platform === 'console' ? 'notify.deleted.byOperator' : sameWorkspace ? 'notify.deleted.otherChannel' : 'notify.deleted.otherWorkspace';
  return {
    address: { platform: sub.platform, workspaceId: sub.workspaceId, channelId: sub.channelId },
    key,
    params: { carrier: sub.carrier, number: sub.number, platform: PLATFORM_NAMES[actor.platform] },
    ...(sub.locale !== undefined && { locale: sub.locale }),
  };
}

function isActorsChannel(sub: Subscription, actor: Actor): boolean {
  return sub.platform === actor.platform && sub.workspaceId === actor.workspaceId && sub.channelId === actor.channelId;
}

/**
 * `delete <carrier> <number> confirm`: the core checked the owner and asked first (destructive).
 * The tracking is gone for every channel, so every subscription to it ends; each other channel
 * gets a notice through the outbox (the notice first: a crash in between
 * leaves a told channel with a dead subscription, never a silent loss).
 */
export const remove: Handler<'delete'> = async ({ args, ctx, actor, locale }) => {
  const ref = { carrier: args.carrier, number: args.number };
  await ctx.tm.deleteTracking(ref.carrier, ref.number);
  await ctx.owners.forget(actor, ref);
  for (const sub of await ctx.subscriptions.listByTracking(ref)) {
    if (!isActorsChannel(sub, actor)) await ctx.outbox.add(deletedNotice(sub, actor));
    await ctx.subscriptions.remove(sub, ref);
  }
  return { kind: 'info', text: t(locale, 'delete.done', ref), visibility: 'private' };
};

/** `carrier <carrier> <number> <new-carrier>`: POST /trackings/update, then show it under its new carrier. */
export const changeCarrier: Handler<'carrier'> = async (input) => {
  const { args, ctx } = input;
  const from = { carrier: args.carrier, number: args.number };
  const newCarrier = await knownCarrier(input, args['new-carrier'], (c) =>
    formatCommand('carrier', { ...from, 'new-carrier': c }),
  );
  await ctx.tm.updateCarrier({ tracking_number: from.number, carrier_code: from.carrier, update_carrier_code: newCarrier });
  const to = { carrier: newCarrier, number: from.number };
  if (newCarrier !== from.carrier) {
    await ctx.owners.move(input.actor, from, to);
    // Add under the new carrier before removing the old: a crash in between leaves a duplicate, never a loss.
    for (const sub of await ctx.subscriptions.listByTracking(from)) {
      await ctx.subscriptions.add({ ...sub, carrier: newCarrier });
      await ctx.subscriptions.remove(sub, from);
    }
  }
  const view = await showTracking(input, await ctx.tm.getTracking(newCarrier, from.number));
  return withNote(view, t(input.locale, 'carrier.changed', to));
};

/** `edit <carrier> <number> title=… order=… customer=…`: PUT (the core checked the owner). */
export const edit: Handler<'edit'> = async (input) => {
  const { args, ctx, locale } = input;
  const ref = { carrier: args.carrier, number: args.number };
  const changes = {
    ...(args.title !== undefined ? { title: args.title } : {}),
    ...(args.order !== undefined ? { order_id: args.order } : {}),
    ...(args.customer !== undefined ? { customer_name: args.customer } : {}),
  };
  if (Object.keys(changes).length === 0) return { kind: 'error', text: t(locale, 'edit.nothing', ref), visibility: 'private' };
  await ctx.tm.updateTracking(ref.carrier, ref.number, changes);
  const view = await showTracking(input, await ctx.tm.getTracking(ref.carrier, ref.number));
  return withNote(view, t(locale, 'edit.done', ref));
};
