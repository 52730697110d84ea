import { t } from '../../i18n';
import { statusOf } from '../../messages/badge';
import { permissionDeniedView } from '../../messages/error-view';
import { isFinalStatus, isTrackingStatus, type BotMessage } from '../../messages/model';
import { ReplyWith, type Handler } from '../context';
import { formatCommand } from '../grammar';
import { mayChange } from '../permissions';
import { addressOf, fetchOrCreate, knownCarrier, requireOwner, showTracking } from './shared';

const MAX_UNWATCH_BUTTONS = 20;

function withNote(view: BotMessage, note: string): BotMessage {
  return { ...view, text: [note, view.text].filter(Boolean).join('\n') };
}

/** `watch <carrier> <number> [statuses]`: creates the tracking when needed; a final status (delivered, expired) subscribes nothing. */
export const watch: Handler<'watch'> = async (input) => {
  const { args, ctx, actor, locale } = input;
  const carrier = await knownCarrier(input, args.carrier, (c) => formatCommand('watch', { carrier: c, number: args.number }));
  const ref = { carrier, number: args.number };
  const { tracking, created } = await fetchOrCreate(input, { carrier_code: carrier, tracking_number: args.number });
  const owner = await ctx.owners.claim(actor, ref);
  if (!mayChange(actor, owner, ctx.config)) throw new ReplyWith(permissionDeniedView(carrier, args.number, locale));
  const status = statusOf(tracking.status);
  if (isFinalStatus(status)) {
    const note = t(locale, status === 'delivered' ? 'watch.alreadyDelivered' : 'watch.alreadyExpired', ref);
    return withNote(await showTracking(input, tracking, created), note);
  }
  const statuses = args.statuses?.split(',').filter(isTrackingStatus);
  const outcome = await ctx.subscriptions.add({
    ...addressOf(actor),
    ...ref,
    addedBy: actor.userId,
    ...(statuses ? { statuses } : {}),
    lastNotifiedStatus: status,
    createdAt: ctx.clock().toISOString(),
  });
  const params = { ...ref, statuses: statuses?.join(', ') ?? t(locale, 'watch.allStatuses') };
  return withNote(await showTracking(input, tracking, created), t(locale, outcome === 'added' ? 'watch.done' : 'watch.updated', params));
};

/** `unwatch <carrier> <number>`: the subscriber, the tracking's owner or an admin. */
export const unwatch: Handler<'unwatch'> = async (input) => {
  const { args, ctx, actor, locale } = input;
  const ref = { carrier: args.carrier, number: args.number };
  const address = addressOf(actor);
  const subscription = await ctx.subscriptions.get(address, ref);
  if (subscription?.addedBy !== actor.userId) await requireOwner(input, ref);
  const removed = await ctx.subscriptions.remove(address, ref);
  return { kind: 'info', text: t(locale, removed ? 'unwatch.done' : 'unwatch.notWatching', ref), visibility: 'private' };
};

/** `watching`: this channel's subscriptions, each with an Unwatch button. */
export const watching: Handler<'watching'> = async ({ ctx, actor, locale }) => {
  const subscriptions = await ctx.subscriptions.listByChannel(addressOf(actor));
  if (subscriptions.length === 0) return { kind: 'info', text: t(locale, 'watching.empty'), visibility: 'private' };
  const all = t(locale, 'watch.allStatuses');
  return {
    kind: 'list',
    title: t(locale, 'watching.title'),
    text: subscriptions.map((s) => `• ${s.carrier} ${s.number} (${s.statuses?.join(', ') ?? all})`).join('\n'),
    actions: subscriptions.slice(0, MAX_UNWATCH_BUTTONS).map((s) => ({
      type: 'button' as const,
      label: t(locale, 'action.unwatchItem', { carrier: s.carrier, number: s.number }),
      command: formatCommand('unwatch', { carrier: s.carrier, number: s.number }),
    })),
    visibility: 'private',
  };
};
