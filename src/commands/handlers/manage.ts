import { t } from '../../i18n';
import type { BotMessage } from '../../messages/model';
import { deleteButton } from '../../messages/tracking-actions';
import type { Handler } from '../context';
import { formatCommand } from '../grammar';
import { knownCarrier, requireOwner, showTracking } from './shared';

function info(text: string): BotMessage {
  return { kind: 'info', text, visibility: 'private' };
}

/** `delete <carrier> <number>` asks; `delete <carrier> <number> confirm` deletes. */
export const remove: Handler<'delete'> = async (input) => {
  const { args, ctx, locale } = input;
  const ref = { carrier: args.carrier, number: args.number };
  await requireOwner(input, ref);
  if (args.confirm !== 'confirm') {
    const button = deleteButton(ref.carrier, ref.number, locale);
    const { confirm: _dialog, ...withoutDialog } = button;
    return { kind: 'confirm', text: t(locale, 'delete.ask', ref), actions: [withoutDialog], visibility: 'private' };
  }
  await ctx.tm.deleteTracking(ref.carrier, ref.number);
  await ctx.owners.forget(input.actor, ref);
  // The tracking is gone for every channel: nothing can be announced for it any more.
  for (const sub of await ctx.subscriptions.listByTracking(ref)) await ctx.subscriptions.remove(sub, ref);
  return info(t(locale, 'delete.done', ref));
};

/** `carrier <carrier> <number> <new-carrier>`: POST /trackings/update, then show it under its new carrier. */
export const changeCarrier: Handler<'carrier'> = async (input) => {
  const { args, ctx } = input;
  const from = { carrier: args.carrier, number: args.number };
  await requireOwner(input, from);
  const newCarrier = await knownCarrier(input, args['new-carrier'], (c) =>
    formatCommand('carrier', { ...from, 'new-carrier': c }),
  );
  await ctx.tm.updateCarrier({ tracking_number: from.number, carrier_code: from.carrier, update_carrier_code: newCarrier });
  const to = { carrier: newCarrier, number: from.number };
  await ctx.owners.move(input.actor, from, to);
  for (const sub of await ctx.subscriptions.listByTracking(from)) {
    await ctx.subscriptions.remove(sub, from);
    await ctx.subscriptions.add({ ...sub, carrier: newCarrier });
  }
  const view = await showTracking(input, await ctx.tm.getTracking(newCarrier, from.number));
  return { ...view, text: [t(input.locale, 'carrier.changed', to), view.text].filter(Boolean).join('\n') };
};

/** `edit <carrier> <number> title=… order=… customer=…`: PUT. */
export const edit: Handler<'edit'> = async (input) => {
  const { args, ctx, locale } = input;
  const ref = { carrier: args.carrier, number: args.number };
  const changes = {
    ...(args.title !== undefined ? { title: args.title } : {}),
    ...(args.order !== undefined ? { order_id: args.order } : {}),
    ...(args.customer !== undefined ? { customer_name: args.customer } : {}),
  };
  if (Object.keys(changes).length === 0) return { kind: 'error', text: t(locale, 'edit.nothing', ref), visibility: 'private' };
  await requireOwner(input, ref);
  await ctx.tm.updateTracking(ref.carrier, ref.number, changes);
  const view = await showTracking(input, await ctx.tm.getTracking(ref.carrier, ref.number));
  return { ...view, text: [t(locale, 'edit.done', ref), view.text].filter(Boolean).join('\n') };
};
