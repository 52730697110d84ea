import type { EnvReader } from './fields';
import type { SlackConfig } from './types';

/** HTTP mode needs bot token + signing secret; Socket Mode needs bot token + app token. */
export function readSlack(env: EnvReader): SlackConfig | undefined {
  const botToken = env.optional('SLACK_BOT_TOKEN');
  const signingSecret = env.optional('SLACK_SIGNING_SECRET');
  const appToken = env.optional('SLACK_APP_TOKEN');
  const apiUrl = env.httpUrl('SLACK_API_URL');
  const adminUserIds = env.list('SLACK_ADMIN_USER_IDS');

  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    return env.fail('SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information > App-Level Tokens, scope connections:write).');
  }
  if (botToken === undefined) {
    if (signingSecret !== undefined) env.fail('SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN (xoxb-…) too, or unset both.');
    if (appToken !== undefined) env.fail('SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Socket Mode needs SLACK_BOT_TOKEN (xoxb-…) too.');
    return undefined;
  }
  if (appToken !== undefined) {
    return { mode: 'socket', botToken, appToken, signingSecret, apiUrl, adminUserIds };
  }
  if (signingSecret !== undefined) {
    return { mode: 'http', botToken, signingSecret, apiUrl, adminUserIds };
  }
  return env.fail('SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).');
}
