import { Writable } from 'node:stream';
import Keyv from 'keyv';
import { expect } from 'vitest';
import { pino } from 'pino';
import { startDiscord, type DiscordAdapter } from '../../adapters/discord/adapter';
import type { DiscordCore } from '../../adapters/discord/core-port';
import { createCore, type Core } from '../../src/core';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { TrackingMoreClient } from '../../src/trackingmore';
import { MemorySubscriptions } from '../core/harness';
import { FakeDiscord } from './fake-discord/fake-discord';
import { componentClick, modalSubmit, slashCommand, type CommandOption, type FakeMember } from './fake-discord/interactions';
import type { RecordedRequest } from './fake-discord/recorder';
import type { FakeWorld } from './fake-discord/world';

export const BOT_TOKEN = 'fake-bot-token.NOT-A-SECRET.xyz';
export const TM_KEY = 'sandbox-key';

/** ManageGuild as a permission bit set. */
export const MANAGE_GUILD = String(1 << 5);

type Interaction = ReturnType<typeof slashCommand>;

export interface DiscordHarness {
  fake: FakeDiscord;
  sandbox: Sandbox;
  core: Core;
  kv: Keyv;
  subscriptions: MemorySubscriptions;
  adapter: DiscordAdapter;
  logLines: string[];
  /** Sends `/track sub …` and returns the interaction sent. */
  command(subcommand: string, options: readonly CommandOption[], member?: FakeMember): Interaction;
  /** Clicks a button (or picks a select value) of a message body the bot sent. */
  click(message: any, click: { customId: string; values?: string[] }, member?: FakeMember): Interaction;
  /** Submits a modal the bot showed (the data of its type 9 callback), opened from a button of message. */
  submitModal(modal: any, values: Record<string, string>, message: any, member?: FakeMember): Interaction;
  /** The next request of this interaction (matched on its id or token) that satisfies match. */
  waitFor(interaction: Interaction, match: (request: RecordedRequest) => boolean, description: string): Promise<RecordedRequest>;
  /** The message body the bot finally showed for this interaction (callback 4/7, edit of @original, or follow-up). */
  answer(interaction: Interaction): Promise<any>;
  close(): Promise<void>;
}

export const ALICE: FakeMember = { userId: '1100000000000000901' };
export const BOB: FakeMember = { userId: '1100000000000000902' };

function belongsTo(interaction: Interaction, request: RecordedRequest): boolean {
  return request.path.includes(`/${interaction.id}/`) || request.path.includes(`/${interaction.token}`);
}

export const EPHEMERAL = 64;

/** A message body the bot sent, as a click payload carries it back (what the user sees). */
export function shownMessage(world: FakeWorld, data: any, flags = EPHEMERAL): any {
  const author = { id: world.botUserId, username: 'trackbot', discriminator: '0', avatar: null, bot: true };
  return { ...data, id: '1100000000000000555', channel_id: world.channelId, flags, author, timestamp: new Date().toISOString(), edited_timestamp: null, content: '', tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, type: 20 };
}

/** The buttons of a message body. */
export function buttonsOf(message: any): any[] {
  return message.components.flatMap((row: any) => row.components).filter((c: any) => c.type === 2);
}

export function buttonLabelled(message: any, label: string): any {
  const found = buttonsOf(message).find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}" in ${JSON.stringify(buttonsOf(message).map((b) => b.label))}`);
  return found;
}

/** Whatever a test did: no message body may ping anyone, and no log line holds a secret. */
export function expectNoPingsNorSecrets(h: DiscordHarness): void {
  const bodies = h.fake.requests.filter((r) => isMessageBody(r) || r.path.endsWith('/messages'));
  for (const request of bodies) expect(messageData(request).allowed_mentions, `${request.method} ${request.path}`).toEqual({ parse: [] });
  const logs = h.logLines.join('\n');
  expect(logs).not.toContain(BOT_TOKEN);
  expect(logs).not.toContain(TM_KEY);
  expect(logs).not.toContain('interaction-token-');
}

export function isMessageBody(request: RecordedRequest): boolean {
  if (request.path.endsWith('/callback')) return [4, 7].includes(request.body?.type);
  return request.method !== 'DELETE' && request.path.startsWith('/webhooks/');
}

/** The message data of a callback or webhook request. */
export function messageData(request: RecordedRequest): any {
  return request.path.endsWith('/callback') ? request.body.data : request.body;
}

export interface HarnessOptions {
  sandboxDown?: boolean;
  /** In place of the real core, for answers no command gives yet (e.g. public ones). */
  core?: DiscordCore;
}

export async function startDiscordHarness(options: HarnessOptions = {}): Promise<DiscordHarness> {
  const sandbox = await startSandbox({ logger: { warn: () => {} } });
  const fake = await FakeDiscord.start(BOT_TOKEN);
  // A closed sandbox port stands for "TrackingMore is down".
  const baseUrl = sandbox.url;
  if (options.sandboxDown) await sandbox.close();
  const tm = new TrackingMoreClient({ apiKey: TM_KEY, baseUrl, retries: 0 });
  const kv = new Keyv();
  const subscriptions = new MemorySubscriptions();
  const core = createCore({ tm, subscriptions, kv, config: { slackAdminUserIds: [], discordAdminRoleIds: [fake.world.adminRoleId] } });
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const adapter = await startDiscord({
    core: options.core ?? core,
    config: { token: BOT_TOKEN, apiUrl: fake.apiUrl },
    kv,
    logger: pino({ level: 'debug' }, destination),
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
  });
  const dispatch = (interaction: Interaction) => {
    fake.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  };
  const waitFor: DiscordHarness['waitFor'] = (interaction, match, description) =>
    fake.recorder.waitFor((request) => belongsTo(interaction, request) && match(request), description);
  return {
    fake,
    sandbox,
    core,
    kv,
    subscriptions,
    adapter,
    logLines,
    command: (subcommand, commandOptions, member = ALICE) => dispatch(slashCommand(fake.world, subcommand, commandOptions, member)),
    click: (message, click, member = ALICE) => dispatch(componentClick(fake.world, message, click, member)),
    submitModal: (modal, values, message, member = ALICE) => dispatch(modalSubmit(fake.world, modal, values, member, message)),
    waitFor,
    answer: async (interaction) => messageData(await waitFor(interaction, isMessageBody, `a message for interaction ${interaction.id}`)),
    async close() {
      await adapter.stop();
      await fake.close();
      if (!options.sandboxDown) await sandbox.close();
    },
  };
}
