import type { BotMessage } from '../../src/messages/model';
import { renderConfirmPrompt, renderMessage, type ConsoleChoice } from './render';

export type RunCommand = (text: string) => Promise<BotMessage>;

const YES = /^(y|yes|s|si|sì)$/i;

/**
 * The console conversation's state: the numbered choices of the last message
 * shown, and a choice waiting for its y/N answer. Lines go in, text comes out.
 */
export class ConsoleSession {
  private choices: ConsoleChoice[] = [];
  private pendingConfirm: ConsoleChoice | undefined;

  constructor(
    private readonly run: RunCommand,
    private readonly locale?: string,
  ) {}

  /** Renders a message and makes its actions the current numbered choices. */
  show(message: BotMessage): string {
    const rendered = renderMessage(message, this.locale);
    this.choices = rendered.choices;
    return rendered.text;
  }

  /** One input line; returns what to print ('' for nothing). */
  async handleLine(line: string): Promise<string> {
    const input = line.trim();
    const pending = this.pendingConfirm;
    if (pending?.confirm !== undefined) {
      this.pendingConfirm = undefined;
      const accepted = YES.test(input) || input.toLowerCase() === pending.confirm.confirm.toLowerCase();
      return accepted ? this.runChoice(pending) : `✗ ${pending.confirm.deny}`;
    }
    if (input === '') return '';
    const choice = /^\d+$/.test(input) ? this.choices[Number(input) - 1] : undefined;
    if (choice === undefined) return this.show(await this.run(input));
    if (choice.confirm !== undefined) {
      this.pendingConfirm = choice;
      return renderConfirmPrompt(choice.confirm);
    }
    return this.runChoice(choice);
  }

  /** Echoes the command a number stood for, so the transcript shows what ran. */
  private async runChoice(choice: ConsoleChoice): Promise<string> {
    return `» ${choice.command}\n${this.show(await this.run(choice.command))}`;
  }
}
