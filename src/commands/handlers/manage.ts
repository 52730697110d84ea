import { t } from '../../i18n';
import type { Handler } from '../context';
import { formatCommand } from '../grammar';
import { knownCarrier, showTracking, withNote } from './shared';

/** `delete <carrier> <number> confirm`: the core checked the owner and asked first (destructive). */
export const remove: Handler<'delete'> = async ({ args, ctx, actor, locale }) => {
  const ref = { carrier: args.carrier, number: args.number };
  await ctx.tm.deleteTracking(ref.carrier, ref.number);
  await ctx.owners.forget(actor, ref);
  // The tracking is gone for every channel: nothing can be announced for it any more.
  for (const sub of await ctx.subscriptions.listByTracking(ref)) await ctx.subscriptions.remove(sub, ref);
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
