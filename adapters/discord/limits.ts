/** Discord's message and component limits, in one place (developer docs: Embed limits, Components). */
export const DISCORD_LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer and author name over all embeds. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  selectOptions: 25,
  selectPlaceholder: 150,
  selectOptionDescription: 100,
  customId: 100,
  label: 80,
  commandDescription: 100,
  choiceName: 100,
  autocompleteChoices: 25,
  modalTitle: 45,
  /** A label component's text (and a text input's own label). */
  modalLabel: 45,
  modalLabelDescription: 100,
  textInputPlaceholder: 100,
  /** Interaction nonce: an integer or a string of at most 25 characters. */
  nonce: 25,
} as const;
