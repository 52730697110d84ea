import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MANIFEST_FACTS, usageHint } from '../../adapters/slack/manifest-facts';
import { BOT_SCOPES, WEB_API_METHODS } from '../../adapters/slack/scopes';
import { COMMANDS } from '../../src/commands/declarations';

const manifest = parse(await readFile('manifest.yml', 'utf8'));

/** Every `client.<ns>.<method>(` the adapter's code calls, as Web API method names. */
async function methodsCalledIn(dir: string): Promise<Set<string>> {
  const found = new Set<string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = await readFile(join(entry.parentPath, entry.name), 'utf8');
    for (const match of source.matchAll(/\bclient\.(\w+)\.(\w+)\(/g)) found.add(`${match[1]}.${match[2]}`);
  }
  return found;
}

describe('manifest.yml', () => {
  it('declares /track with the grammar as its usage hint', () => {
    const [command, ...others] = manifest.features.slash_commands;
    expect(others).toEqual([]);
    expect(command.command).toBe(MANIFEST_FACTS.command);
    expect(command.should_escape).toBe(false);
    expect(command.description.length).toBeGreaterThan(0);
    expect(command.usage_hint).toBe(usageHint());
    for (const name of Object.keys(COMMANDS)) expect(command.usage_hint.split(/\s*\|\s*/)).toContain(name);
  });

  it('sends commands, interactivity and select options to /slack/events', () => {
    const urls = [
      manifest.features.slash_commands[0].url,
      manifest.settings.interactivity.request_url,
      manifest.settings.interactivity.message_menu_options_url,
    ];
    for (const url of urls) expect(url).toMatch(new RegExp(`^https://YOUR-HOST${MANIFEST_FACTS.eventsPath}$`));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    // Slack refuses a manifest whose long description is under 174 or over 4000 characters.
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
    expect(manifest.display_information.long_description.length).toBeLessThanOrEqual(4000);
  });

  it('asks for exactly the bot scopes the code uses', async () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(BOT_SCOPES).toEqual(['chat:write', 'commands', 'users:read']);
    const called = await methodsCalledIn('adapters/slack');
    expect(called.size).toBeGreaterThan(0);
    for (const method of called) expect(Object.keys(WEB_API_METHODS), `${method} needs an entry in scopes.ts`).toContain(method);
    // Every listed method with a scope is really called (no scope asked for nothing).
    for (const [method, scopes] of Object.entries(WEB_API_METHODS)) if (scopes.length > 0) expect(called).toContain(method);
  });
});
