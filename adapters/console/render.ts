import { fillCarrierTemplate } from '../../src/commands/grammar';
import { t } from '../../src/i18n';
import { displayWidth, padToWidth } from './text-width';
import type { BotMessage, ButtonAction, MessageField, Timeline } from '../../src/messages/model';

/** One numbered thing the user can type: `1`, `2`, … */
export interface ConsoleChoice {
  label: string;
  command: string;
  confirm?: ButtonAction['confirm'];
}

export interface RenderedMessage {
  text: string;
  /** choices[0] is typed as `1`. */
  choices: ConsoleChoice[];
}

export interface ConsoleRenderOptions {
  /**
   * false: actions are shown as the commands to type instead of numbers, so
   * the message leaves the numbered choices on screen as they were (notifications).
   */
  numbered?: boolean;
}

/**
 * Pure: a BotMessage as terminal text, with its actions as numbered choices.
 * The renderer's own strings follow `locale`, else the message's own locale.
 */
export function renderMessage(message: BotMessage, requestLocale?: string, options: ConsoleRenderOptions = {}): RenderedMessage {
  const locale = requestLocale ?? message.locale;
  const choices: ConsoleChoice[] = [];
  const sections = [
    headline(message),
    message.text,
    message.fields && renderFields(message.fields),
    message.timeline && renderTimeline(message.timeline, locale),
    message.footer,
    message.url,
    message.actions && (options.numbered === false ? renderCommands(message.actions) : renderActions(message.actions, choices)),
  ];
  const text = sections.filter((section): section is string => section !== undefined && section !== '').join('\n');
  return { text, choices };
}

/** The y/N question shown before a choice with `confirm` runs. */
export function renderConfirmPrompt(confirm: NonNullable<ButtonAction['confirm']>): string {
  return `${confirm.title}\n${confirm.text}\n[y = ${confirm.confirm} / N = ${confirm.deny}]`;
}

function headline(message: BotMessage): string | undefined {
  const badge = message.badge && `${message.badge.emoji} ${message.badge.label}`;
  if (message.title === undefined) return badge;
  return badge === undefined ? message.title : `${message.title} · ${badge}`;
}

function renderFields(fields: readonly MessageField[]): string {
  const width = Math.max(...fields.map((field) => displayWidth(field.label)));
  return fields.map((field) => `  ${padToWidth(`${field.label}:`, width + 1)} ${field.value}`).join('\n');
}

function renderTimeline(timeline: Timeline, locale: string | undefined): string {
  const lines = timeline.events.map((event) => {
    const where = event.location ? ` (${event.location})` : '';
    return `  ${event.time}  ${event.description}${where}`;
  });
  if (timeline.more > 0) lines.push(`  … ${timeline.moreLabel ?? t(locale, 'tracking.timelineMore', { count: timeline.more })}`);
  return lines.join('\n');
}

function renderActions(actions: NonNullable<BotMessage['actions']>, choices: ConsoleChoice[]): string {
  const lines: string[] = [];
  let buttonRun: string[] = [];
  const numbered = (choice: ConsoleChoice) => {
    choices.push(choice);
    return `[${choices.length}] ${choice.label}`;
  };
  const flushButtons = () => {
    if (buttonRun.length > 0) lines.push(buttonRun.join('  '));
    buttonRun = [];
  };
  for (const action of actions) {
    if (action.type === 'button') {
      buttonRun.push(numbered({ label: action.label, command: action.command, confirm: action.confirm }));
      continue;
    }
    flushButtons();
    lines.push(action.placeholder);
    for (const option of action.options) {
      const label = numbered({ label: option.label, command: option.command });
      lines.push(option.description ? `  ${label} (${option.description})` : `  ${label}`);
    }
    // Any carrier code works on the console: show the command to type.
    if (action.searchCarriersCommand) lines.push(`  > ${fillCarrierTemplate(action.searchCarriersCommand, '<carrier>')}`);
  }
  flushButtons();
  return lines.join('\n');
}

/** Actions as "label: > command" lines, for a message that must not take over the numbered choices. */
function renderCommands(actions: NonNullable<BotMessage['actions']>): string {
  return actions
    .flatMap((action) => (action.type === 'button' ? [action] : action.options))
    .map((action) => `  ${action.label}: > ${action.command}`)
    .join('\n');
}
