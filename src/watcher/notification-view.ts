import type { Tracking } from '../core/tracking-api';
import { t } from '../i18n';
import { statusBadge } from '../messages/badge';
import type { BotMessage, TrackingStatus } from '../messages/model';
import { timelineOf } from '../messages/timeline';
import type { Subscription } from '../subscriptions/store';

/** "old → new" with badges, the newest event, and View / Unwatch actions. */
export function notificationMessage(sub: Subscription, tracking: Tracking, status: TrackingStatus): BotMessage {
  const { locale } = sub;
  const badge = statusBadge(status, locale);
  const previous = sub.lastNotifiedStatus && statusBadge(sub.lastNotifiedStatus, locale);
  const now = `${badge.emoji} ${badge.label}`;
  const ref = `${sub.carrier} ${sub.number}`;
  const timeline = timelineOf(tracking, locale, 1);
  return {
    kind: 'notification',
    title: tracking.title ? `${tracking.title} (${ref})` : ref,
    badge,
    text: previous ? `${previous.emoji} ${previous.label} → ${now}` : now,
    ...(timeline ? { timeline } : {}),
    actions: [
      { type: 'button', label: t(locale, 'action.show'), command: `show ${ref}`, style: 'primary' },
      { type: 'button', label: t(locale, 'action.unwatch'), command: `unwatch ${ref}` },
    ],
    visibility: 'public',
  };
}
