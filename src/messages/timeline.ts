import { t } from '../i18n';
import type { Timeline, TimelineEvent } from './model';
import type { Tracking, TrackingEvent } from '../core/tracking-api';

export const TIMELINE_CAP = 8;

function toEvent(event: TrackingEvent): TimelineEvent {
  const location = event.Details?.trim();
  return {
    time: event.Date ?? '',
    description: event.StatusDescription ?? '',
    ...(location ? { location } : {}),
  };
}

/** Events newest first, capped; the rest counted. Undefined when there are none. */
export function capTimeline(events: readonly TimelineEvent[], locale?: string, cap = TIMELINE_CAP): Timeline | undefined {
  if (events.length === 0) return undefined;
  // v2 dates are "YYYY-MM-DD HH:MM[:SS]", so text order is time order.
  const sorted = [...events].sort((a, b) => b.time.localeCompare(a.time));
  const more = Math.max(0, sorted.length - cap);
  return {
    events: sorted.slice(0, cap),
    more,
    ...(more > 0 ? { moreLabel: t(locale, 'tracking.timelineMore', { count: more }) } : {}),
  };
}

/** Origin and destination carrier events of a tracking, merged. */
export function timelineOf(tracking: Tracking, locale?: string, cap = TIMELINE_CAP): Timeline | undefined {
  const events = [...(tracking.origin_info?.trackinfo ?? []), ...(tracking.destination_info?.trackinfo ?? [])];
  return capTimeline(events.map(toEvent), locale, cap);
}
