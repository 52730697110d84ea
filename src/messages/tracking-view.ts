import { typicalWithin, type TransitRow } from '../commands/transit-stats';
import type { Tracking } from '../core/tracking-api';
import { t } from '../i18n';
import { statusBadge, statusOf } from './badge';
import { textOf } from './plain-text';
import type { BotMessage, MessageField } from './model';
import { timelineOf } from './timeline';
import { trackingActions, type TrackingActionOptions } from './tracking-actions';

export interface TrackingViewContext extends TrackingActionOptions {
  locale?: string;
  /** Typical transit for the carrier and route (from /trackings/costtime), when known. */
  transit?: { from: string; to: string; row: TransitRow };
  /** The bot has just added this tracking. */
  created?: boolean;
}

function routeOf(tracking: Tracking, locale?: string): string | undefined {
  const from = textOf(tracking.original_country);
  const to = textOf(tracking.destination_country) ?? textOf(tracking.destination_code)?.toUpperCase();
  if (!from && !to) return undefined;
  const unknown = t(locale, 'value.unknownPlace');
  return `${from ?? unknown} → ${to ?? unknown}`;
}

function fieldsOf(tracking: Tracking, carrier: string, number: string, locale?: string): MessageField[] {
  const candidates: [Parameters<typeof t>[1], string | undefined, boolean][] = [
    ['field.carrier', carrier, true],
    ['field.number', number, true],
    ['field.route', routeOf(tracking, locale), true],
    ['field.days', textOf(tracking.itemTimeLength), true],
    ['field.lastUpdate', textOf(tracking.lastUpdateTime), true],
    ['field.substatus', textOf(tracking.substatus), true],
    ['field.order', textOf(tracking.order_id), true],
    ['field.customer', textOf(tracking.customer_name), true],
    ['field.archived', tracking.archived === true || tracking.archived === 'true' ? t(locale, 'value.yes') : undefined, true],
  ];
  return candidates.flatMap(([key, value, inline]) => (value === undefined ? [] : [{ label: t(locale, key), value, inline }]));
}

/** The weblink as given is often protocol-relative ("//www.dhl.com/"). */
function carrierUrl(tracking: Tracking): string | undefined {
  const link = textOf(tracking.origin_info?.weblink);
  if (!link) return undefined;
  return link.startsWith('//') ? `https:${link}` : link;
}

/** Title, badge, fields, timeline, transit footer and actions of one tracking. */
export function trackingView(tracking: Tracking, ctx: TrackingViewContext = {}): BotMessage {
  const { locale } = ctx;
  const carrier = tracking.carrier_code ?? '';
  const number = tracking.tracking_number ?? '';
  const timeline = timelineOf(tracking, locale);
  const typical = ctx.transit ? typicalWithin(ctx.transit.row) : undefined;
  const notes = [
    ctx.created ? t(locale, 'tracking.created', { carrier, number }) : undefined,
    timeline ? undefined : t(locale, 'tracking.noEvents'),
  ].filter((line) => line !== undefined);
  const url = carrierUrl(tracking);
  return {
    kind: 'tracking',
    title: textOf(tracking.title) ?? `${carrier} ${number}`,
    badge: statusBadge(statusOf(tracking.status), locale),
    fields: fieldsOf(tracking, carrier, number, locale),
    ...(notes.length > 0 ? { text: notes.join('\n') } : {}),
    ...(timeline ? { timeline } : {}),
    ...(ctx.transit && typical
      ? {
          footer: t(locale, 'tracking.transitFooter', {
            carrier,
            from: ctx.transit.from,
            to: ctx.transit.to,
            share: typical.share,
            days: typical.days,
            total: ctx.transit.row.total,
          }),
        }
      : {}),
    actions: trackingActions(carrier, number, ctx, locale),
    ...(url ? { url } : {}),
    visibility: 'private',
  };
}
