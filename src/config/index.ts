import { EnvReader, type Env } from './fields';
import { readDiscord } from './discord';
import { readSlack } from './slack';
import { readStore } from './store';
import { LOG_LEVELS, type Config, type ConfigResult } from './types';

export type { Config, ConfigResult, DiscordConfig, LogLevel, SlackConfig, StoreScheme } from './types';
export { DEFAULT_STORE_URL } from './store';

export const DEFAULT_TRACKINGMORE_API_URL = 'https://api.trackingmore.com/v2';

/** Reads every variable once; returns all problems together, one line each. */
export function parseConfig(env: Env): ConfigResult {
  const reader = new EnvReader(env);
  const config: Config = {
    trackingMore: {
      apiKey: reader.optional('TRACKINGMORE_API_KEY'),
      apiUrl: reader.httpUrl('TRACKINGMORE_API_URL', DEFAULT_TRACKINGMORE_API_URL) ?? DEFAULT_TRACKINGMORE_API_URL,
      webhookEmail: readWebhookEmail(reader),
    },
    slack: readSlack(reader),
    discord: readDiscord(reader),
    store: readStore(reader),
    port: reader.integer('PORT', 3000, 0, 65535),
    pollIntervalSeconds: reader.integer('POLL_INTERVAL_SECONDS', 300, 1, 86_400),
    stallAlertDays: reader.integer('STALL_ALERT_DAYS', 7, 1, 365),
    logLevel: reader.oneOf('LOG_LEVEL', LOG_LEVELS),
  };
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, config: deepFreeze(config) };
}

function readWebhookEmail(reader: EnvReader): string | undefined {
  const email = reader.optional('TRACKINGMORE_WEBHOOK_EMAIL');
  if (email === undefined || /^[^@\s]+@[^@\s]+$/.test(email)) return email;
  // v2 webhooks are signed with this address: treat it like a secret.
  return reader.fail('TRACKINGMORE_WEBHOOK_EMAIL is not an email address: set it to your TrackingMore account email.');
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
