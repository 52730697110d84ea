import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import { t } from '../../src/i18n';
import { genericErrorView } from '../../src/messages/error-view';
import type { BotMessage } from '../../src/messages/model';
import type { Actor } from '../../src/platform/actor';
import type { ChannelAddress, ChatAdapter, DeliveryResult } from '../../src/platform/adapter';
import { consoleActor } from './actor';
import { renderMessage } from './render';
import { ConsoleSession } from './session';
import { terminalSafe } from './terminal-text';

export { consoleActor } from './actor';

export interface ConsoleAdapterOptions {
  handleText(text: string, actor: Actor): Promise<BotMessage>;
  input: Readable;
  output: Writable;
  /** Default: the local operator (see consoleActor). */
  actor?: Actor;
  /** Prompt and banner; default: the input is a TTY. */
  interactive?: boolean;
  logger?: Logger;
}

export interface ConsoleAdapter extends ChatAdapter {
  /** Resolves once the input has ended and every line has been answered. */
  readonly finished: Promise<void>;
}

const PROMPT = '> ';

/**
 * A terminal chat. On a TTY: a prompt. From a pipe: one line at a time, each
 * echoed as "> line" before its answer, so the transcript reads like a chat.
 * Lines are answered strictly in order (a number refers to the previous answer).
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const actor = options.actor ?? consoleActor();
  const interactive = options.interactive ?? (options.input as Readable & { isTTY?: boolean }).isTTY === true;
  // The core turns every failure into an error view: it does not throw.
  const session = new ConsoleSession((text) => options.handleText(text, actor), actor.locale);
  const print = (text: string) => {
    if (text !== '') options.output.write(`${terminalSafe(text)}\n`);
  };
  /** A line whose answer failed all the same (a bug, a closed output): logged; the next lines still run. */
  const onFailedLine = (error: unknown) => {
    options.logger?.error({ err: error }, 'console: a line failed');
    try {
      print(renderMessage(genericErrorView(actor.locale)).text);
      if (interactive) readline?.prompt();
    } catch {
      // The output itself is gone: the log line above is all there is.
    }
  };

  let readline: Interface | undefined;
  let queue: Promise<void> = Promise.resolve();
  let stopping = false;
  let markFinished!: () => void;
  const finished = new Promise<void>((resolve) => (markFinished = resolve));

  const answer = async (line: string) => {
    // After stop(): the command in flight finishes, lines read ahead are dropped.
    if (stopping) return;
    if (!interactive) print(`${PROMPT}${line}`);
    print(await session.handleLine(line));
    if (interactive) readline?.prompt();
  };

  return {
    platform: 'console',
    finished,

    async start() {
      readline = createInterface({ input: options.input, output: interactive ? options.output : undefined, terminal: interactive, prompt: PROMPT });
      readline.on('line', (line) => {
        queue = queue.then(() => answer(line)).catch(onFailedLine);
      });
      readline.on('close', () => {
        void queue.then(markFinished);
      });
      // Ctrl-C on the prompt ends the session like Ctrl-D.
      readline.on('SIGINT', () => readline?.close());
      if (interactive) {
        print(t(actor.locale, 'help.intro'));
        readline.prompt();
      }
    },

    async stop() {
      stopping = true;
      readline?.close();
      await queue;
    },

    async deliver(to: ChannelAddress, message: BotMessage): Promise<DeliveryResult> {
      if (to.platform !== 'console') return { ok: false, reason: 'channel-gone' };
      // Printed, not shown: the numbered choices the user is looking at stay theirs.
      print(`\n${renderMessage(message, undefined, { numbered: false }).text}`);
      if (interactive) readline?.prompt(true);
      return { ok: true };
    },
  };
}
