import { TEAM_ID } from './web-api';

/** Form-encoded bodies and interaction payloads as Slack sends them. */
export const CHANNEL_ID = 'C0CHANNEL';
export const APP_ID = 'A0APP';

let triggerCounter = 0;
const nextTrigger = () => `${(triggerCounter += 1)}.1234.abcd`;

export function slashCommandFields(text: string, userId: string, responseUrl: string): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    team_domain: 'fake',
    channel_id: CHANNEL_ID,
    channel_name: 'parcels',
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: '/track',
    text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: nextTrigger(),
  };
}

/** The message a click happened in: its blocks, and whether only its user saw it. */
export interface ShownMessage {
  blocks: any[];
  ephemeral: boolean;
}

/** A block_actions payload for one element of a shown message. */
export function blockActionsPayload(
  shown: ShownMessage,
  element: any,
  userId: string,
  responseUrl: string,
  selectedValue?: string,
): Record<string, unknown> {
  const block = shown.blocks.find((b) => b.type === 'actions' && b.elements.includes(element));
  const base = {
    type: element.type,
    action_id: element.action_id,
    block_id: block?.block_id ?? 'b1',
    action_ts: '1700000001.000200',
  };
  const action =
    element.type === 'button'
      ? { ...base, text: element.text, value: element.value, ...(element.style && { style: element.style }) }
      : { ...base, placeholder: element.placeholder, selected_option: { text: { type: 'plain_text', text: selectedValue }, value: selectedValue } };
  return {
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: CHANNEL_ID, is_ephemeral: shown.ephemeral },
    trigger_id: nextTrigger(),
    team: { id: TEAM_ID, domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: CHANNEL_ID, name: 'parcels' },
    // Slack echoes the message only when it is not ephemeral.
    ...(!shown.ephemeral && { message: { type: 'message', ts: '1700000000.000100', text: 'x', blocks: shown.blocks } }),
    state: { values: {} },
    response_url: responseUrl,
    actions: [action],
  };
}

export function blockSuggestionPayload(actionId: string, query: string, userId: string): Record<string, unknown> {
  return {
    type: 'block_suggestion',
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: TEAM_ID },
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: CHANNEL_ID, is_ephemeral: true },
    api_app_id: APP_ID,
    token: 'deprecated-verification-token',
    action_id: actionId,
    block_id: 'b1',
    value: query,
    team: { id: TEAM_ID, domain: 'fake' },
    channel: { id: CHANNEL_ID, name: 'parcels' },
  };
}

/** Every element of every actions block. */
export function elementsOf(blocks: any[]): any[] {
  return blocks.filter((block) => block.type === 'actions').flatMap((block) => block.elements);
}

export function buttonLabelled(blocks: any[], label: string): any {
  const buttons = elementsOf(blocks).filter((element) => element.type === 'button');
  const found = buttons.find((button) => button.text.text === label);
  if (!found) throw new Error(`no button "${label}" in ${JSON.stringify(buttons.map((b) => b.text.text))}`);
  return found;
}

export function elementOfType(blocks: any[], type: string): any {
  const found = elementsOf(blocks).find((element) => element.type === type);
  if (!found) throw new Error(`no ${type} in ${JSON.stringify(elementsOf(blocks).map((e) => e.type))}`);
  return found;
}

/** All mrkdwn / plain_text strings of the blocks, joined: what a reader sees. */
export function textOf(blocks: any[]): string {
  return textsOf(blocks, ['mrkdwn', 'plain_text']);
}

/** Only the mrkdwn strings: the ones Slack parses for mentions and links. */
export function mrkdwnOf(blocks: any[]): string {
  return textsOf(blocks, ['mrkdwn']);
}

function textsOf(blocks: any[], types: readonly string[]): string {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.type === 'string' && typeof record.text === 'string') {
        if (types.includes(record.type)) texts.push(record.text);
      }
      else Object.values(record).forEach(visit);
    }
  };
  visit(blocks);
  return texts.join('\n');
}
