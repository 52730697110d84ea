import type { types } from '@slack/bolt';
import type { ButtonAction, MessageAction, SelectAction } from '../../src/messages/model';
import { CARRIERS_PREFIX, commandRef, RUN_PREFIX, SHARE_ACTION_ID } from './action-ref';
import { truncate } from '../shared/truncate';
import { SLACK_LIMITS as LIMITS } from './limits';
import type { StashEntry } from './stash';

type Element = types.ActionsBlockElement;

export interface ActionRenderOptions {
  /** Placeholder of the search over all carriers. */
  searchPlaceholder: string;
  /** The Share button, when the message is shown to its user alone. */
  share?: { label: string; value: string };
}

/** Buttons and selects, 25 to an actions block. An empty select is left out. */
export function actionBlocks(actions: readonly MessageAction[], options: ActionRenderOptions, stash: StashEntry[]): types.ActionsBlock[] {
  const elements: Element[] = [];
  const usedIds = new Set<string>();
  const add = (element: Element & { action_id?: string }) => {
    // Slack refuses a message whose action_ids repeat.
    if (element.action_id === undefined || usedIds.has(element.action_id)) return;
    usedIds.add(element.action_id);
    elements.push(element);
  };
  for (const action of actions) {
    if (action.type === 'button') add(renderButton(action, `${RUN_PREFIX}${elements.length}`, stash));
    else {
      const select = renderStaticSelect(action, `${RUN_PREFIX}${elements.length}`, stash);
      if (select) add(select);
      if (action.searchCarriersCommand) add(renderCarrierSearch(action.searchCarriersCommand, options.searchPlaceholder, stash));
    }
  }
  if (options.share) add(button(options.share.label, SHARE_ACTION_ID, options.share.value));
  const blocks: types.ActionsBlock[] = [];
  for (let start = 0; start < elements.length; start += LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: elements.slice(start, start + LIMITS.actionsElements) });
  }
  return blocks;
}

function button(label: string, actionId: string, value: string, style?: ButtonAction['style']): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value,
    ...(style && { style }),
  };
}

function renderButton(action: ButtonAction, actionId: string, stash: StashEntry[]): types.Button {
  const rendered = button(action.label, actionId, commandRef(action.command, LIMITS.actionValue, stash), action.style);
  if (action.confirm) {
    rendered.confirm = {
      title: plain(action.confirm.title, LIMITS.confirmTitle),
      text: plain(action.confirm.text, LIMITS.confirmText),
      confirm: plain(action.confirm.confirm, LIMITS.confirmButton),
      deny: plain(action.confirm.deny, LIMITS.confirmButton),
      ...(action.style === 'danger' && { style: 'danger' as const }),
    };
  }
  return rendered;
}

function renderStaticSelect(action: SelectAction, actionId: string, stash: StashEntry[]): types.StaticSelect | undefined {
  const options: types.PlainTextOption[] = [];
  for (const option of action.options) {
    if (options.length === LIMITS.selectOptions) break;
    const value = commandRef(option.command, LIMITS.optionValue, stash);
    if (options.some((existing) => existing.value === value)) continue;
    options.push({
      text: plain(option.label, LIMITS.optionText),
      value,
      ...(option.description && { description: plain(option.description, LIMITS.optionDescription) }),
    });
  }
  if (options.length === 0) return undefined;
  return { type: 'static_select', action_id: actionId, placeholder: plain(action.placeholder, LIMITS.placeholder), options };
}

/** A search over every carrier: Slack asks our options listener as the user types. */
function renderCarrierSearch(template: string, placeholder: string, stash: StashEntry[]): types.ExternalSelect {
  return {
    type: 'external_select',
    action_id: CARRIERS_PREFIX + commandRef(template, LIMITS.actionId - CARRIERS_PREFIX.length, stash),
    placeholder: plain(placeholder, LIMITS.placeholder),
    min_query_length: 1,
  };
}

function plain(text: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}
