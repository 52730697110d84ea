import { t } from '../../i18n';
import { describeCode } from '../../trackingmore/errors';
import type { BatchError, TrackingKey } from '../../core/tracking-api';
import type { Handler } from '../context';
import type { TrackingPair } from '../types';

/** TrackingMore takes at most 40 items per batch call. */
export const BATCH_SIZE = 40;

function chunks<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function keysOf(items: readonly TrackingPair[]): TrackingKey[] {
  return items.map((item) => ({ carrier_code: item.carrier, tracking_number: item.number }));
}

function errorLine(error: BatchError, locale: string): string {
  const kind = describeCode(Number(error.code)).kind;
  const reason = kind === 'ok' ? (error.message ?? '') : t(locale, `error.${kind}`);
  return `• ${error.carrier_code ?? ''} ${error.tracking_number ?? ''}: ${reason}`;
}

/** `add <carrier> <number> …`: POST /trackings/batch in chunks of 40; added count and per-item errors. */
export const add: Handler<'add'> = async (input) => {
  const { ctx, locale, actor } = input;
  let submitted = 0;
  let added = 0;
  const errors: BatchError[] = [];
  for (const chunk of chunks(keysOf(input.args.items))) {
    const result = await ctx.tm.batchCreateTrackings(chunk);
    submitted += Number(result.submitted ?? chunk.length);
    added += Number(result.added ?? result.trackings?.length ?? 0);
    errors.push(...(result.errors ?? []));
    for (const tracking of result.trackings ?? []) {
      if (tracking.carrier_code && tracking.tracking_number)
        await ctx.owners.record(actor, { carrier: tracking.carrier_code, number: tracking.tracking_number });
    }
  }
  const lines = errors.length > 0 ? [t(locale, 'add.failed'), ...errors.map((e) => errorLine(e, locale))] : [];
  return {
    kind: 'info',
    title: t(locale, 'add.title', { added, submitted }),
    ...(lines.length > 0 ? { text: lines.join('\n') } : {}),
    visibility: 'private',
  };
};

/** `archive <carrier> <number> …`: POST /trackings/updatemore with archived "true" (the core checked every owner). */
export const archive: Handler<'archive'> = async (input) => {
  const { items } = input.args;
  for (const chunk of chunks(keysOf(items))) await input.ctx.tm.updateTrackings(chunk.map((key) => ({ ...key, archived: 'true' })));
  return { kind: 'info', text: t(input.locale, 'archive.done', { count: items.length }), visibility: 'private' };
};

/** `stop <carrier> <number> … confirm`: POST /trackings/notupdate (the core checked every owner and asked first). */
export const stop: Handler<'stop'> = async (input) => {
  const { items } = input.args;
  for (const chunk of chunks(keysOf(items))) await input.ctx.tm.stopUpdating(chunk);
  return { kind: 'info', text: t(input.locale, 'stop.done', { count: items.length }), visibility: 'private' };
};
