/**
 * Slack's Block Kit and message limits, in one place (docs: Block Kit
 * reference, "Composition objects", "chat.postMessage"). Going over any of
 * them makes Slack refuse the whole message with invalid_blocks.
 */
export const SLACK_LIMITS = {
  blocks: 50,
  /** header block: plain_text only. */
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  buttonText: 75,
  /** A button's value. */
  actionValue: 2000,
  actionId: 255,
  blockId: 255,
  actionsElements: 25,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  placeholder: 150,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  /** The notification fallback `text` (Slack cuts at 40 000; a fallback needs far less). */
  fallbackText: 3000,
} as const;
