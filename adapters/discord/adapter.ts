import { Client, Events, GatewayIntentBits, type ClientOptions, type Interaction } from 'discord.js';
import type Keyv from 'keyv';
import type { DiscordConfig } from '../../src/config';
import type { Logger } from '../../src/log';
import type { BotMessage } from '../../src/messages/model';
import type { ChannelAddress, ChatAdapter, DeliveryResult } from '../../src/platform/adapter';
import { ActionStash } from './action-stash';
import { handleAutocomplete } from './autocomplete';
import { handleChatInput } from './chat-input';
import { ROOT_COMMAND } from './command-payload';
import { handleComponent } from './components';
import type { DiscordCore } from './core-port';
import { deliverMessage } from './deliver';
import type { HandlerDeps } from './handler-deps';
import { NO_MENTIONS } from './render';
import { loggableError } from './log-error';
import { handleModalSubmit } from './modal-submit';

export interface DiscordAdapterOptions {
  core: DiscordCore;
  config: Pick<DiscordConfig, 'token' | 'apiUrl'>;
  /** Holds the commands of buttons whose custom_id is a hash. */
  kv: Keyv;
  logger: Logger;
  /** Gateway options, e.g. a no-op identify throttler in tests. */
  ws?: ClientOptions['ws'];
}

export class DiscordAdapter implements ChatAdapter {
  readonly platform = 'discord' as const;
  readonly client: Client;
  private readonly deps: HandlerDeps;
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(private readonly options: DiscordAdapterOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: NO_MENTIONS,
      ...(options.config.apiUrl !== undefined && { rest: { api: options.config.apiUrl } }),
      ...(options.ws !== undefined && { ws: options.ws }),
    });
    this.deps = { core: options.core, stash: new ActionStash(options.kv), logger: options.logger };
    this.client.on(Events.InteractionCreate, (interaction) => this.track(this.dispatch(interaction)));
    this.client.on(Events.Error, (error) => options.logger.error({ err: loggableError(error) }, 'discord: client error'));
  }

  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.options.config.token);
    await ready;
    this.options.logger.info({ user: this.client.user?.tag }, 'discord: connected');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.inFlight]);
    await this.client.destroy();
  }

  deliver(to: ChannelAddress, message: BotMessage, idempotencyKey: string): Promise<DeliveryResult> {
    return deliverMessage(this.client.rest, this.deps.stash, to, message, idempotencyKey);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async dispatch(interaction: Interaction): Promise<void> {
    if (this.stopping) return;
    try {
      if (interaction.isChatInputCommand() && interaction.commandName === ROOT_COMMAND) await handleChatInput(interaction, this.deps);
      else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, this.deps);
      else if (interaction.isButton() || interaction.isStringSelectMenu()) await handleComponent(interaction, this.deps);
      else if (interaction.isModalSubmit()) await handleModalSubmit(interaction, this.deps);
    } catch (error) {
      this.options.logger.error({ err: loggableError(error), interaction: interaction.id }, 'discord: interaction failed');
    }
  }
}

/** Creates the adapter and logs in; resolves once the gateway is READY. */
export async function startDiscord(options: DiscordAdapterOptions): Promise<DiscordAdapter> {
  const adapter = new DiscordAdapter(options);
  await adapter.start();
  return adapter;
}
