import { escapeMarkdown } from 'discord.js';

/** A code span such as `dhl 1234567890`: the catalog uses them for commands to type. */
const CODE_SPAN = /(`[^`\n]+`)/;

/**
 * Plain text as Discord markdown that shows exactly that text: markdown is
 * escaped, mass mentions and user/role mentions are made inert. Code spans
 * are kept (markdown does not apply inside them).
 */
export function escapeText(text: string): string {
  return text
    .split(CODE_SPAN)
    .map((part, index) => (index % 2 === 1 ? part : escapePlain(part)))
    .join('');
}

function escapePlain(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  // A zero-width space keeps @everyone, @here and <@id> from being read as mentions.
  return escaped.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#])/g, '<\u200b$1');
}
