/** Marks text that was cut to fit a platform limit. */
export const ELLIPSIS = '…';

/** Cuts plain text to at most max characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}${ELLIPSIS}`;
}
