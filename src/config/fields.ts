/**
 * Readers for one environment variable each. They return the parsed value or
 * push one error line; a line names the variable and what to set, and never
 * echoes a value that could be a secret or carry credentials.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export class EnvReader {
  readonly errors: string[] = [];

  constructor(private readonly env: Env) {}

  /** Trimmed value; empty counts as unset (as in most .env files). */
  optional(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  fail(message: string): undefined {
    this.errors.push(message);
    return undefined;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
    this.fail(`${name} is "${raw}": set it to a whole number from ${min} to ${max} (default ${fallback}).`);
    return fallback;
  }

  httpUrl(name: string, fallback?: string): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (isHttpUrl(raw)) return raw.replace(/\/+$/, '');
    return this.fail(`${name} is not an http(s) URL: set it like https://host/path.`);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const value = raw.toLowerCase();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(`${name} is "${raw}": set it to one of ${allowed.join(', ')}.`);
  }

  /** Comma-separated ids; blanks dropped. */
  list(name: string): string[] {
    return (this.optional(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
