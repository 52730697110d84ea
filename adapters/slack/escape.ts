import { ELLIPSIS } from '../shared/truncate';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Plain text as Slack mrkdwn that shows exactly that text. Slack's control
 * sequences (`<!channel>`, `<!here>`, `<@U123>`, `<http://x|y>`) all need a
 * raw `<`, so escaping the three characters Slack asks for makes every
 * mention and link inert. `@everyone` typed as text never pings (the bot
 * never sets link_names).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Escapes text and keeps the result within max characters; a cut never splits
 * an entity such as `&amp;`, and is marked with an ellipsis.
 */
export function escapeWithin(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let kept = '';
  for (const char of text) {
    const piece = ENTITIES[char] ?? char;
    if (kept.length + piece.length > max - ELLIPSIS.length) break;
    kept += piece;
  }
  return kept + ELLIPSIS;
}
