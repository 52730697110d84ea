import { describe, expect, it } from 'vitest';
import { chooseSurfaces, needsHttpServer } from '../../src/app/surfaces';
import { parseConfig, type Config } from '../../src/config';

function configOf(env: Record<string, string>): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
const discord = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' };

describe('chooseSurfaces', () => {
  it('starts every surface with credentials, else the console', () => {
    const names = (env: Record<string, string>) => chooseSurfaces(configOf(env)).map((plan) => plan.name);
    expect(names({})).toEqual(['console']);
    expect(names(slack)).toEqual(['slack']);
    expect(names({ ...slack, ...discord })).toEqual(['slack', 'discord']);
    expect(chooseSurfaces(configOf(discord))).toEqual([{ name: 'discord', discord: configOf(discord).discord }]);
  });
});

describe('needsHttpServer', () => {
  it('listens for servers always, for the console only with webhooks', () => {
    const check = (env: Record<string, string>) => {
      const config = configOf(env);
      return needsHttpServer(config, chooseSurfaces(config));
    };
    expect(check({})).toBe(false);
    expect(check({ TRACKINGMORE_WEBHOOK_EMAIL: 'ops@example.com' })).toBe(true);
    expect(check(discord)).toBe(true);
    expect(check({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toBe(true);
  });
});
