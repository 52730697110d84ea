import { t } from '../../i18n';
import { statusBadge, statusOf } from '../../messages/badge';
import type { MessageAction } from '../../messages/model';
import type { Handler } from '../context';
import { formatCommand, showLine } from '../grammar';

export const PAGE_SIZE = 10;

/** `list [status] [page]`: GET /trackings/get, one line per tracking, a select to open one, next page. */
export const list: Handler<'list'> = async ({ args, ctx, locale }) => {
  const page = args.page ?? 1;
  const result = await ctx.tm.listTrackings({ page, limit: PAGE_SIZE, ...(args.status ? { status: args.status } : {}) });
  const items = result.items ?? [];
  const total = Number(result.total ?? items.length);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const title = args.status ? t(locale, 'list.titleStatus', { status: statusBadge(args.status, locale).label }) : t(locale, 'list.title');
  if (items.length === 0) return { kind: 'list', title, text: t(locale, 'list.empty'), visibility: 'private' };
  const lines = items.map((item) => {
    const badge = statusBadge(statusOf(item.status), locale);
    const label = item.title?.trim() ? ` — ${item.title.trim()}` : '';
    return `${badge.emoji} ${item.carrier_code ?? ''} ${item.tracking_number ?? ''}${label} (${badge.label})`;
  });
  const actions: MessageAction[] = [
    {
      type: 'select',
      placeholder: t(locale, 'action.showTracking'),
      options: items.map((item) => ({
        label: `${item.carrier_code ?? ''} ${item.tracking_number ?? ''}`,
        ...(item.title?.trim() ? { description: item.title.trim() } : {}),
        command: showLine(item.carrier_code ?? '', item.tracking_number ?? ''),
      })),
    },
  ];
  if (page < pages)
    actions.push({ type: 'button', label: t(locale, 'action.nextPage'), command: formatCommand('list', { status: args.status, page: page + 1 }) });
  return {
    kind: 'list',
    title,
    text: lines.join('\n'),
    footer: t(locale, 'list.page', { page, pages, total }),
    actions,
    visibility: 'private',
  };
};
