import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console';
import type { BotMessage } from '../../src/messages/model';
import type { Actor } from '../../src/platform/actor';

const actor: Actor = { platform: 'console', userId: 'ana', workspaceId: 'local', channelId: 'console', facts: { isLocalOperator: true } };

function pipeAdapter(handleText: (text: string, actor: Actor) => Promise<BotMessage>) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += String(chunk)));
  const adapter = createConsoleAdapter({ handleText, input, output, actor, interactive: false });
  return { adapter, input, printed: () => printed };
}

describe('createConsoleAdapter (pipe)', () => {
  it('answers lines in order and finishes only after the last answer', async () => {
    const seen: Actor[] = [];
    const { adapter, input, printed } = pipeAdapter(async (text, who) => {
      seen.push(who);
      // The first command is the slowest: order must still hold.
      await new Promise((resolve) => setTimeout(resolve, text === 'first' ? 30 : 1));
      return { kind: 'info', text: `answer to ${text}`, visibility: 'private' };
    });
    await adapter.start();
    input.end('first\nsecond\n');
    await adapter.finished;
    expect(printed()).toBe('> first\nanswer to first\n> second\nanswer to second\n');
    expect(seen).toEqual([actor, actor]);
  });

  it('on stop() finishes the command in flight and drops lines read ahead', async () => {
    let release!: () => void;
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const ran: string[] = [];
    const { adapter, input, printed } = pipeAdapter(async (text) => {
      ran.push(text);
      if (text === 'slow') {
        markStarted();
        await new Promise<void>((resolve) => (release = resolve));
      }
      return { kind: 'info', text: `done ${text}`, visibility: 'private' };
    });
    await adapter.start();
    input.write('slow\nnext\n');
    await started;
    const stopped = adapter.stop();
    release();
    await stopped;
    await adapter.finished;
    expect(ran).toEqual(['slow']);
    expect(printed()).toBe('> slow\ndone slow\n');
  });

  it('shows the generic error when the core throws', async () => {
    const { adapter, input, printed } = pipeAdapter(async () => {
      throw new Error('secret internals');
    });
    await adapter.start();
    input.end('boom');
    await adapter.finished;
    expect(printed()).toContain('Something went wrong on my side');
    expect(printed()).not.toContain('secret internals');
  });

  it('prints delivered notifications and refuses other platforms', async () => {
    const { adapter, input, printed } = pipeAdapter(async () => ({ kind: 'info', visibility: 'private' }));
    await adapter.start();
    const message = { kind: 'notification' as const, title: 'dhl 1 delivered', visibility: 'public' as const };
    expect(await adapter.deliver({ platform: 'console', workspaceId: 'local', channelId: 'console' }, message, 'k1')).toEqual({ ok: true });
    expect(await adapter.deliver({ platform: 'slack', workspaceId: 'T', channelId: 'C' }, message, 'k2')).toEqual({ ok: false, reason: 'channel-gone' });
    await adapter.stop();
    await adapter.finished;
    input.end();
    expect(printed()).toBe('\ndhl 1 delivered\n');
  });
});
