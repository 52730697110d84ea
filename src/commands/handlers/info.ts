import { t } from '../../i18n';
import { statusBadge } from '../../messages/badge';
import { STATUSES, type BotMessage, type MessageField } from '../../messages/model';
import type { Handler } from '../context';
import { isRecord, numberOf, rowsOf } from '../loose-json';
import { textOf } from '../../messages/plain-text';
import { capTimeline } from '../../messages/timeline';
import { formatCommand } from '../grammar';
import { knownCarrier } from './shared';

const MAX_CARRIER_LINES = 20;

function infoMessage(parts: Omit<BotMessage, 'kind' | 'visibility'>): BotMessage {
  return { kind: 'info', visibility: 'private', ...parts };
}

function presentFields(entries: [string, string | undefined][]): MessageField[] {
  return entries.flatMap(([label, value]) => (value === undefined ? [] : [{ label, value, inline: true }]));
}

/** `stats`: GET /trackings/getstatusnumber. */
export const stats: Handler<'stats'> = async ({ ctx, locale }) => {
  const counts = await ctx.tm.getStatusNumber();
  const record = isRecord(counts) ? counts : {};
  return infoMessage({
    title: t(locale, 'stats.title'),
    fields: STATUSES.map((status) => {
      const badge = statusBadge(status, locale);
      return { label: `${badge.emoji} ${badge.label}`, value: String(numberOf(record[status])), inline: true };
    }),
  });
};

/**
 * `account`: GET /trackings/getuserinfo. The account e-mail is left out on
 * purpose: in v2 it is the HMAC key that signs every webhook.
 */
export const account: Handler<'account'> = async ({ ctx, locale }) => {
  const info = await ctx.tm.getUserInfo();
  const record = isRecord(info) ? info : {};
  const registered = numberOf(record.regtime);
  return infoMessage({
    title: t(locale, 'account.title'),
    fields: presentFields([
      [t(locale, 'account.balance'), textOf(record.money)],
      [t(locale, 'account.quota'), textOf(record.track_number)],
      [t(locale, 'account.registered'), registered > 0 ? new Date(registered * 1000).toISOString().slice(0, 10) : undefined],
    ]),
  });
};

/** `carriers [search]`: the cached GET /carriers, filtered. */
export const carriers: Handler<'carriers'> = async ({ args, ctx, locale }) => {
  const search = args.search?.trim() ?? '';
  const found = await ctx.carriers.search(search);
  const title = search ? t(locale, 'carriers.titleSearch', { search }) : t(locale, 'carriers.title');
  if (found.length === 0) return { kind: 'error', text: t(locale, 'carriers.empty', { search }), visibility: 'private' };
  const lines = found.slice(0, MAX_CARRIER_LINES).map((c) => `${c.code} — ${c.name}`);
  const more = found.length - MAX_CARRIER_LINES;
  if (more > 0) lines.push(t(locale, 'carriers.more', { count: more, example: search ? `${search}…` : 'post' }));
  return { kind: 'list', title, text: lines.join('\n'), visibility: 'private' };
};

/** `remote <country> <postcode> [company]`: POST /trackings/remote. */
export const remote: Handler<'remote'> = async ({ args, ctx, locale }) => {
  const result = await ctx.tm.checkRemote([
    { country: args.country, postcode: args.postcode, ...(args.company ? { company: args.company } : {}) },
  ]);
  const rows = isRecord(result) ? rowsOf(result.remote) : [];
  const lines = rows.map((row) =>
    t(locale, 'remote.row', {
      company: textOf(row.far_express_company) ?? '?',
      country: textOf(row.far_country) ?? textOf(row.two_code) ?? args.country,
      postcode: textOf(row.far_city_postcode) ?? args.postcode,
    }),
  );
  return infoMessage({
    title: t(locale, 'remote.title', { country: args.country.toUpperCase(), postcode: args.postcode }),
    text: lines.length > 0 ? lines.join('\n') : t(locale, 'remote.none'),
  });
};

/** `transit <carrier> <from> <to>`: POST /trackings/costtime (not cached: the user asked now). */
export const transit: Handler<'transit'> = async (input) => {
  const { args, ctx, locale } = input;
  const from = args.from.toUpperCase();
  const to = args.to.toUpperCase();
  const carrier = await knownCarrier(input, args.carrier, (c) => formatCommand('transit', { carrier: c, from, to }));
  const params = { carrier, from, to };
  const row = await ctx.transit.fetch(carrier, from, to);
  if (!row) return infoMessage({ text: t(locale, 'transit.none', params) });
  const rangeKeys = ['transit.range1', 'transit.range3', 'transit.range4', 'transit.range5'] as const;
  let previous = 0;
  const rangeFields = row.within.map((w, i) => {
    const share = w.share - previous;
    previous = w.share;
    return { label: t(locale, rangeKeys[i] ?? 'transit.range5'), value: `${share}%`, inline: true };
  });
  return infoMessage({
    title: t(locale, 'transit.title', params),
    fields: [
      { label: t(locale, 'transit.samples'), value: String(row.total), inline: true },
      { label: t(locale, 'transit.delivered'), value: String(row.delivered), inline: true },
      ...rangeFields,
    ],
  });
};

/** `air <awb>`: POST /trackings/aircargo (20 credits a number). */
export const air: Handler<'air'> = async ({ args, ctx, locale }) => {
  const result = await ctx.tm.getAirCargo({ track_number: args.awb, lang: locale });
  const cargo = rowsOf(result)[0] ?? {};
  const events = rowsOf(cargo.track_info).map((e) => {
    const when = textOf(e.actual_date) ?? textOf(e.plan_date) ?? '';
    const where = [textOf(e.station), textOf(e.flight_number)].filter(Boolean).join(' ');
    return { time: when, description: textOf(e.event) ?? '', ...(where ? { location: where } : {}) };
  });
  const timeline = capTimeline(events, locale);
  const origin = textOf(cargo.origin);
  const destination = textOf(cargo.destination);
  return infoMessage({
    title: t(locale, 'air.title', { awb: args.awb }),
    fields: presentFields([
      [t(locale, 'air.route'), origin || destination ? `${origin ?? '?'} → ${destination ?? '?'}` : undefined],
      [t(locale, 'air.pieces'), textOf(cargo.piece)],
      [t(locale, 'air.weight'), textOf(cargo.weight)],
    ]),
    ...(timeline ? { timeline } : { text: t(locale, 'air.none', { awb: args.awb }) }),
  });
};
