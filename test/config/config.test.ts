import { describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config';

function errorsOf(env: Record<string, string>): string[] {
  const result = parseConfig(env);
  if (result.ok) throw new Error('expected configuration errors');
  return result.errors;
}

function configOf(env: Record<string, string>): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

describe('parseConfig defaults', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = configOf({});
    expect(config).toEqual({
      trackingMore: { apiKey: undefined, apiUrl: 'https://api.trackingmore.com/v2', webhookEmail: undefined },
      slack: undefined,
      discord: undefined,
      store: { url: 'sqlite://./data/trackbot.sqlite', scheme: 'sqlite' },
      port: 3000,
      pollIntervalSeconds: 300,
      stallAlertDays: 7,
      logLevel: undefined,
    });
  });

  it('treats blank values as unset', () => {
    expect(configOf({ TRACKINGMORE_API_KEY: '  ', PORT: '' }).trackingMore.apiKey).toBeUndefined();
  });

  it('is deeply frozen', () => {
    const config = configOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_ADMIN_USER_IDS: 'U1' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.trackingMore)).toBe(true);
    expect(Object.isFrozen(config.slack?.adminUserIds)).toBe(true);
  });
});

describe('parseConfig surfaces', () => {
  it('reads Slack HTTP mode with admin ids as a list', () => {
    const config = configOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'sec', SLACK_ADMIN_USER_IDS: 'U1, U2,,' });
    expect(config.slack).toEqual({ mode: 'http', botToken: 'xoxb-1', signingSecret: 'sec', apiUrl: undefined, adminUserIds: ['U1', 'U2'] });
  });

  it('reads Slack Socket Mode without a signing secret', () => {
    const config = configOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    expect(config.slack).toMatchObject({ mode: 'socket', appToken: 'xapp-1', apiUrl: 'http://127.0.0.1:9/api' });
  });

  it('reads Discord with its ids', () => {
    const config = configOf({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123', DISCORD_GUILD_ID: '456', DISCORD_ADMIN_ROLE_IDS: '7,8' });
    expect(config.discord).toEqual({ token: 't', applicationId: '123', guildId: '456', apiUrl: undefined, adminRoleIds: ['7', '8'] });
  });

  it('accepts every store scheme', () => {
    for (const url of ['redis://h:6379', 'rediss://h', 'postgres://u@h/db', 'postgresql://u@h/db', 'sqlite:///tmp/x.sqlite']) {
      expect(configOf({ STORE_URL: url }).store.url).toBe(url);
    }
  });

  it('accepts the bounds of PORT and POLL_INTERVAL_SECONDS', () => {
    expect(configOf({ PORT: '0', POLL_INTERVAL_SECONDS: '1' })).toMatchObject({ port: 0, pollIntervalSeconds: 1 });
    expect(configOf({ PORT: '65535', LOG_LEVEL: 'DEBUG' })).toMatchObject({ port: 65535, logLevel: 'debug' });
  });
});

describe('parseConfig errors', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['bad API URL', { TRACKINGMORE_API_URL: 'ftp://x' }, /^TRACKINGMORE_API_URL is not an http\(s\) URL/],
    ['bad webhook email', { TRACKINGMORE_WEBHOOK_EMAIL: 'nobody' }, /^TRACKINGMORE_WEBHOOK_EMAIL is not an email/],
    ['bot token alone', { SLACK_BOT_TOKEN: 'xoxb-secret-1' }, /^SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not/],
    ['signing secret alone', { SLACK_SIGNING_SECRET: 'shh-secret-2' }, /^SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not/],
    ['app token alone', { SLACK_APP_TOKEN: 'xapp-secret-3' }, /^SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/],
    ['app token prefix', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-secret-4' }, /^SLACK_APP_TOKEN must be an app-level token starting with xapp-/],
    ['bad Slack API URL', { SLACK_API_URL: 'nope' }, /^SLACK_API_URL is not an http\(s\) URL/],
    ['Discord token alone', { DISCORD_TOKEN: 'discord-secret-5' }, /^DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not/],
    ['Discord id alone', { DISCORD_APPLICATION_ID: '1' }, /^DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not/],
    ['non-numeric application id', { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'abc' }, /^DISCORD_APPLICATION_ID is "abc": set it to the numeric id/],
    ['non-numeric guild id', { DISCORD_GUILD_ID: 'g1' }, /^DISCORD_GUILD_ID is "g1"/],
    ['non-numeric role ids', { DISCORD_ADMIN_ROLE_IDS: '1,x' }, /^DISCORD_ADMIN_ROLE_IDS has non-numeric ids \(x\)/],
    ['bad Discord API URL', { DISCORD_API_URL: 'x' }, /^DISCORD_API_URL is not an http\(s\) URL/],
    ['store scheme', { STORE_URL: 'mysql://root:hunter2@db/x' }, /^STORE_URL must start with sqlite:\/\//],
    ['port text', { PORT: 'http' }, /^PORT is "http": set it to a whole number from 0 to 65535/],
    ['port range', { PORT: '70000' }, /^PORT is "70000"/],
    ['poll interval', { POLL_INTERVAL_SECONDS: '0' }, /^POLL_INTERVAL_SECONDS is "0": set it to a whole number from 1/],
    ['stall days', { STALL_ALERT_DAYS: '-1' }, /^STALL_ALERT_DAYS is "-1"/],
    ['log level', { LOG_LEVEL: 'loud' }, /^LOG_LEVEL is "loud": set it to one of fatal, error, warn, info, debug, trace, silent/],
  ];

  it.each(cases)('%s gives one line naming the variable', (_name, env, line) => {
    const errors = errorsOf(env);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(line);
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ PORT: 'x', LOG_LEVEL: 'x', STORE_URL: 'x' })).toHaveLength(3);
  });

  it('never echoes a secret value', () => {
    const secrets = {
      SLACK_BOT_TOKEN: 'xoxb-secret-1',
      SLACK_APP_TOKEN: 'xoxb-secret-4',
      DISCORD_TOKEN: 'discord-secret-5',
      STORE_URL: 'mysql://root:hunter2@db/x',
      TRACKINGMORE_API_URL: 'ftp://user:pw-secret@x',
      TRACKINGMORE_WEBHOOK_EMAIL: 'secret-mail',
    };
    const output = errorsOf(secrets).join('\n');
    expect(output).not.toMatch(/secret|hunter2/);
  });
});
