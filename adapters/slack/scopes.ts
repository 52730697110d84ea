/**
 * Every Web API method the adapter calls, with the bot scopes it needs.
 * manifest.yml asks for exactly BOT_SCOPES (test/slack/manifest.test.ts
 * checks both this table against the code and the manifest against it).
 */
export const WEB_API_METHODS = {
  /** At start-up: checks the bot token, learns the bot's ids. */
  'auth.test': [],
  /** Admin/owner flags and locale of whoever asks (UserDirectory). */
  'users.info': ['users:read'],
  /** Watch notifications (deliver). */
  'chat.postMessage': ['chat:write'],
  /** Socket Mode only, with the app-level token (scope connections:write on that token, not the bot). */
  'apps.connections.open': [],
} as const satisfies Record<string, readonly string[]>;

/** `commands`: the /track slash command; replies to it and to buttons go through response_url, which needs no scope. */
export const BOT_SCOPES: readonly string[] = ['commands', ...new Set(Object.values(WEB_API_METHODS).flat())].sort();
