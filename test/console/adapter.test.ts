import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
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

  it('keeps answering after a line fails all the same (a malformed answer): no stuck queue, no unhandled rejection', async () => {
    const { adapter, input, printed } = pipeAdapter(async (text) =>
      text === 'broken'
        ? ({ kind: 'info', visibility: 'private', actions: [{ type: 'select', placeholder: 'p' }] } as unknown as BotMessage)
        : { kind: 'info', text: `answer to ${text}`, visibility: 'private' },
    );
    await adapter.start();
    input.end('broken\nnext\n');
    await adapter.finished;
    expect(printed()).toContain('Something went wrong on my side');
    expect(printed()).toMatch(/> next\nanswer to next\n$/);
  });

  it('strips control characters (ANSI escapes, CR, BEL) from what it prints, keeping newlines', async () => {
    const { adapter, input, printed } = pipeAdapter(async () => ({
      kind: 'tracking',
      title: '\u001b[2J\u001b]0;pwned\u0007parcel',
      text: 'line one\r\nline\ttwo\u009b31m',
      visibility: 'private',
    }));
    await adapter.start();
    input.end('show \u001b[31mred\n');
    await adapter.finished;
    expect(printed()).toBe('> show [31mred\n[2J]0;pwnedparcel\nline one\nlinetwo31m\n');
    expect(printed()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('prints a notification without taking over the numbered choices on screen', async () => {
    const ran: string[] = [];
    const card: BotMessage = { kind: 'tracking', title: 'dhl 123', actions: [{ type: 'button', label: 'Refresh', command: 'refresh dhl 123' }], visibility: 'private' };
    const { adapter, input, printed } = pipeAdapter(async (text) => {
      ran.push(text);
      return text === 'show' ? card : { kind: 'info', text: `ran ${text}`, visibility: 'private' };
    });
    await adapter.start();
    input.write('show\n');
    await vi.waitFor(() => expect(printed()).toContain('[1] Refresh'));
    const notification: BotMessage = {
      kind: 'notification',
      title: 'dhl 999',
      text: 'In transit → Delivered',
      actions: [{ type: 'button', label: 'Unwatch', command: 'unwatch dhl 999' }],
      visibility: 'public',
    };
    await adapter.deliver({ platform: 'console', workspaceId: 'local', channelId: 'console' }, notification, 'k');
    expect(printed()).toContain('\ndhl 999\nIn transit → Delivered\n  Unwatch: > unwatch dhl 999\n');
    input.end('1\n');
    await adapter.finished;
    // "1" is still the card's Refresh, not the notification's Unwatch.
    expect(ran).toEqual(['show', 'refresh dhl 123']);
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
