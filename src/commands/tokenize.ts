export interface Token {
  text: string;
  /** `key=value` written with the `=` outside quotes (so `"a=b"` stays plain text). */
  key?: string;
  value?: string;
}

const OPENING_QUOTES = new Set(['"', '“', '”']);
const CLOSING_QUOTES = new Set(['"', '”', '“']);

/** Splits on whitespace; double quotes (straight or the curly ones Slack types) group words. */
export function tokenize(line: string): Token[] | 'unclosed-quote' {
  const tokens: Token[] = [];
  let text = '';
  let started = false;
  let quoted = false;
  let keyEnd = -1;
  const finish = (): void => {
    if (!started) return;
    tokens.push(keyEnd > 0 ? { text, key: text.slice(0, keyEnd).toLowerCase(), value: text.slice(keyEnd + 1) } : { text });
    text = '';
    started = false;
    keyEnd = -1;
  };
  for (const char of line) {
    if (quoted) {
      if (CLOSING_QUOTES.has(char)) quoted = false;
      else text += char;
    } else if (OPENING_QUOTES.has(char)) {
      quoted = true;
      started = true;
    } else if (/\s/.test(char)) {
      finish();
    } else {
      if (char === '=' && keyEnd < 0 && /^[a-z-]+$/i.test(text)) keyEnd = text.length;
      text += char;
      started = true;
    }
  }
  if (quoted) return 'unclosed-quote';
  finish();
  return tokens;
}

/** The inverse of tokenize for one value: quotes it when it would not survive as one token. */
export function quoteToken(value: string): string {
  return value === '' || /[\s"“”=]/.test(value) ? `"${value.replace(/["“”]/g, '')}"` : value;
}
