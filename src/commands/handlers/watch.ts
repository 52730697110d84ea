import { t } from '../../i18n';
import { statusOf } from '../../messages/badge';
import { permissionDeniedView } from '../../messages/error-view';
import { isFinalStatus, isTrackingStatus } from '../../messages/model';
import { ReplyWith, type Handler } from '../context';
import { formatCommand } from '../grammar';
import { mayChange } from '../permissions';
import { addressOf, canonicalRef, fetchOrCreate, knownCarrier, showTracking, withNote } from './shared';

const MAX_UNWATCH_BUTTONS = 20;

/**
 * `watch <carrier> <number> [statuses]`: creates the tracking when needed; a final status (delivered, expired)
 * subscribes nothing. The core let the actor through ('owner-or-unclaimed'); watching claims an unclaimed tracking.
 */
export const watch: Handler<'watch'> = async (input) => {
  const { args, ctx, actor, locale } = input;
  const carrier = await knownCarrier(input, args.carrier, (c) => formatCommand('watch', { carrier: c, number: args.number }));
  const fetched = await fetchOrCreate(input, { carrier_code: carrier, tracking_number: args.number });
  const { tracking, created } = fetched;
  // Subscribe under TrackingMore's number: it is what the watcher looks subscribers up by.
  const ref = canonicalRef(tracking, { carrier, number: args.number });
  const owner = fetched.created ? fetched.owner : await ctx.owners.claim(actor, ref);
  // Someone may have claimed it between the core's check and this claim.
  if (!mayChange(actor, owner, ctx.config)) throw new ReplyWith(permissionDeniedView(ref.carrier, ref.number, locale));
  const status = statusOf(tracking.status);
  if (isFinalStatus(status)) {
    const note = t(locale, status === 'delivered' ? 'watch.alreadyDelivered' : 'watch.alreadyExpired', { ...ref });
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

/** `unwatch <carrier> <number>`: the core let through the subscriber, the tracking's owner or an admin. */
export const unwatch: Handler<'unwatch'> = async ({ args, ctx, actor, locale }) => {
  const ref = { carrier: args.carrier, number: args.number };
  const removed = await ctx.subscriptions.remove(addressOf(actor), ref);
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
