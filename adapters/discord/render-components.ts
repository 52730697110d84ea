import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
  type APIStringSelectComponent,
} from 'discord.js';
import type { ButtonAction, MessageAction, SelectAction } from '../../src/messages/model';
import { askCarrierRef, confirmRef, runRef, SHARE_ID, type StashEntry } from './action-ref';
import { truncate } from '../shared/truncate';
import { DISCORD_LIMITS as LIMITS } from './limits';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

const BUTTON_STYLES = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger } as const;

/** The labels of the buttons the renderer adds itself. */
export interface AddedLabels {
  /** Set: add a Share button (ephemeral messages). */
  share?: string;
  /** The button that asks for any carrier code, after a select that allows it. */
  otherCarrier: string;
}

/**
 * Buttons packed five to a row, each select on a row of its own, at most five
 * rows. A select with searchCarriersCommand is followed by an "Other
 * carrier…" button (Discord selects cannot search; the button opens a modal).
 */
export function renderComponents(actions: readonly MessageAction[], labels: AddedLabels, stash: StashEntry[]): ActionRow[] {
  const rows: ActionRow[] = [];
  const usedIds = new Set<string>();
  let buttons: APIButtonComponentWithCustomId[] = [];
  const flush = () => {
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
    buttons = [];
  };
  const addButton = (button: APIButtonComponentWithCustomId) => {
    // Discord refuses a message whose components repeat a custom_id.
    if (usedIds.has(button.custom_id)) return;
    usedIds.add(button.custom_id);
    if (buttons.length === LIMITS.buttonsPerRow) flush();
    buttons.push(button);
  };
  for (const action of actions) {
    if (action.type === 'button') {
      addButton(renderButton(action, stash));
      continue;
    }
    flush();
    const select = renderSelect(action, `m:${rows.length}`, stash);
    if (select.options.length > 0) rows.push({ type: ComponentType.ActionRow, components: [select] });
    if (action.searchCarriersCommand !== undefined) {
      addButton(button(labels.otherCarrier, askCarrierRef(action.searchCarriersCommand, stash), ButtonStyle.Secondary));
    }
  }
  if (labels.share !== undefined) addButton(button(labels.share, SHARE_ID, ButtonStyle.Secondary));
  flush();
  return rows.slice(0, LIMITS.actionRows);
}

export function button(label: string, customId: string, style: APIButtonComponentWithCustomId['style']): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label: truncate(label, LIMITS.label), custom_id: customId };
}

function renderButton(action: ButtonAction, stash: StashEntry[]): APIButtonComponentWithCustomId {
  const customId = action.confirm ? confirmRef(action.command, action.confirm, stash) : runRef(action.command, stash);
  const style = action.style ? BUTTON_STYLES[action.style] : ButtonStyle.Secondary;
  return button(action.label, customId, style);
}

function renderSelect(action: SelectAction, customId: string, stash: StashEntry[]): APIStringSelectComponent {
  const options: APISelectMenuOption[] = [];
  for (const option of action.options) {
    const value = runRef(option.command, stash);
    if (options.some((existing) => existing.value === value)) continue;
    if (options.length === LIMITS.selectOptions) break;
    const rendered: APISelectMenuOption = { label: truncate(option.label, LIMITS.label), value };
    if (option.description) rendered.description = truncate(option.description, LIMITS.selectOptionDescription);
    options.push(rendered);
  }
  return {
    type: ComponentType.StringSelect,
    custom_id: customId,
    placeholder: truncate(action.placeholder, LIMITS.selectPlaceholder),
    options,
  };
}
