import type { Tracking } from '../core/tracking-api';
import { t } from '../i18n';
import { statusBadge } from '../messages/badge';
import type { BotMessage, TrackingStatus } from '../messages/model';
import { timelineOf } from '../messages/timeline';
import type { Subscription } from '../subscriptions/store';

/** Title, badge, newest event and View / Unwatch actions: what every notification shares. */
function notificationFrame(sub: Subscription, tracking: Tracking, status: TrackingStatus): BotMessage {
  const ref = `${sub.carrier} ${sub.number}`;
  const timeline = timelineOf(tracking, sub.locale, 1);
  return {
    kind: 'notification',
    title: tracking.title ? `${tracking.title} (${ref})` : ref,
    badge: statusBadge(status, sub.locale),
    ...(timeline ? { timeline } : {}),
    actions: [
      { type: 'button', label: t(sub.locale, 'action.show'), command: `show ${ref}`, style: 'primary' },
      { type: 'button', label: t(sub.locale, 'action.unwatch'), command: `unwatch ${ref}` },
    ],
    visibility: 'public',
    ...(sub.locale !== undefined && { locale: sub.locale }),
  };
}

/** "old → new"; on a final status also says that the subscription ended (there is no Unwatch then). */
export function notificationMessage(sub: Subscription, tracking: Tracking, status: TrackingStatus, ended = false): BotMessage {
  const { locale } = sub;
  const badge = statusBadge(status, locale);
  const previous = sub.lastNotifiedStatus && statusBadge(sub.lastNotifiedStatus, locale);
  const now = `${badge.emoji} ${badge.label}`;
  const change = previous ? `${previous.emoji} ${previous.label} → ${now}` : now;
  const frame = notificationFrame(sub, tracking, status);
  if (!ended) return { ...frame, text: change };
  const note = t(locale, 'notify.ended', { carrier: sub.carrier, number: sub.number });
  return { ...frame, text: `${change}\n${note}`, actions: frame.actions?.filter((a) => !(a.type === 'button' && a.command.startsWith('unwatch '))) };
}

/** "No news for n days", with the status it is stuck in. */
export function stallMessage(sub: Subscription, tracking: Tracking, status: TrackingStatus, days: number): BotMessage {
  return { ...notificationFrame(sub, tracking, status), text: t(sub.locale, 'notify.stalled', { days, carrier: sub.carrier, number: sub.number }) };
}
