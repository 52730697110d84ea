import { t } from '../i18n';
import { isTrackingStatus, type StatusBadge, type TrackingStatus } from './model';

const EMOJI: Readonly<Record<TrackingStatus, string>> = {
  pending: '🕓',
  notfound: '🔍',
  transit: '🚚',
  pickup: '📬',
  delivered: '✅',
  undelivered: '⚠️',
  exception: '🚨',
  expired: '⌛',
};

/** One emoji and the localized label of a status. */
export function statusBadge(status: TrackingStatus, locale?: string): StatusBadge {
  return { status, emoji: EMOJI[status], label: t(locale, `status.${status}`) };
}

/** A tracking's status, read defensively: anything unexpected counts as pending. */
export function statusOf(value: unknown): TrackingStatus {
  return isTrackingStatus(value) ? value : 'pending';
}
