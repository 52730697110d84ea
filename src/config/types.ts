export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const STORE_SCHEMES = ['sqlite', 'redis', 'rediss', 'postgres', 'postgresql'] as const;
export type StoreScheme = (typeof STORE_SCHEMES)[number];

export type SlackConfig =
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl?: string; adminUserIds: readonly string[] }
  | { mode: 'socket'; botToken: string; appToken: string; signingSecret?: string; apiUrl?: string; adminUserIds: readonly string[] };

export interface DiscordConfig {
  token: string;
  applicationId: string;
  apiUrl?: string;
  adminRoleIds: readonly string[];
  /** Register slash commands on this guild only (instant) instead of globally. */
  guildId?: string;
}

export interface Config {
  trackingMore: {
    /** Undefined: start the built-in sandbox. */
    apiKey?: string;
    apiUrl: string;
    /** Set: POST /webhooks/trackingmore is served (the email signs v2 webhooks). */
    webhookEmail?: string;
  };
  slack?: SlackConfig;
  discord?: DiscordConfig;
  store: { url: string; scheme: StoreScheme };
  port: number;
  pollIntervalSeconds: number;
  stallAlertDays: number;
  /** Undefined: LOG_LEVEL was not set; the logger picks a default for the mode (see src/log.ts). */
  logLevel?: LogLevel;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };
