/**
 * The neutral message model. Command handlers and the watcher return these;
 * each adapter renders them (Block Kit, embeds, terminal text). Every string
 * in here is plain, unescaped text: escaping is the renderer's job.
 */

export const STATUSES = [
  'pending',
  'notfound',
  'transit',
  'pickup',
  'delivered',
  'undelivered',
  'exception',
  'expired',
] as const;
export type TrackingStatus = (typeof STATUSES)[number];

/** After these TrackingMore reports nothing more: there is nothing left to watch. */
export const FINAL_STATUSES: readonly TrackingStatus[] = ['delivered', 'expired'];

export function isFinalStatus(status: TrackingStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export function isTrackingStatus(value: unknown): value is TrackingStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** One emoji and one (localised) label per status. */
export interface StatusBadge {
  status: TrackingStatus;
  emoji: string;
  label: string;
}

export interface MessageField {
  label: string;
  value: string;
  /** Short enough to sit beside another field. */
  inline?: boolean;
}

export interface TimelineEvent {
  /** As the carrier gave it, e.g. "2019-08-06 18:39:14". */
  time: string;
  description: string;
  location?: string;
}

export interface Timeline {
  /** Newest first, already capped. */
  events: TimelineEvent[];
  /** How many older events were left out ("n more"). */
  more: number;
  /** The localized "n more" line, when more > 0. */
  moreLabel?: string;
}

/**
 * An action carries what it acts on as a command line of the text grammar
 * (e.g. `refresh 4px 300403513351`): the adapter stores it in a button value /
 * custom_id and, when clicked, hands it back to the core like typed text.
 */
export interface ButtonAction {
  type: 'button';
  label: string;
  command: string;
  style?: 'primary' | 'danger';
  /** Ask before running (Slack `confirm`, Discord second button, console y/N). */
  confirm?: { title: string; text: string; confirm: string; deny: string };
}

export interface SelectOption {
  label: string;
  description?: string;
  command: string;
}

export interface SelectAction {
  type: 'select';
  placeholder: string;
  options: SelectOption[];
  /**
   * When set, the platform may offer a search over all carriers; the chosen
   * carrier code replaces `{carrier}` in this template.
   */
  searchCarriersCommand?: string;
}

export type MessageAction = ButtonAction | SelectAction;

export type MessageKind = 'tracking' | 'list' | 'info' | 'error' | 'confirm' | 'notification' | 'help';

export interface BotMessage {
  kind: MessageKind;
  title?: string;
  badge?: StatusBadge;
  /** Body text (plain). Lines separated by "\n". */
  text?: string;
  fields?: MessageField[];
  timeline?: Timeline;
  /** A footer line, e.g. "Typical transit 4px CN→US: 80% within 15 days". */
  footer?: string;
  actions?: MessageAction[];
  /** Private (ephemeral) unless the handler says it should be shared. */
  visibility: 'private' | 'public';
  /** Link to the carrier's site, when known. */
  url?: string;
  /**
   * The language the message was written in, when it is not the requester's
   * (a notification speaks its subscriber's language): renderers write the
   * few strings they add themselves ("n older events", "Other carrier…") in it.
   */
  locale?: string;
}
