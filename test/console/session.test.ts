import { describe, expect, it } from 'vitest';
import { localeFromEnv } from '../../adapters/console/actor';
import { ConsoleSession } from '../../adapters/console/session';
import type { BotMessage } from '../../src/messages/model';

const card: BotMessage = {
  kind: 'tracking',
  title: 'dhl 123',
  actions: [
    { type: 'button', label: 'Refresh', command: 'refresh dhl 123' },
    { type: 'button', label: 'Delete', command: 'delete dhl 123', confirm: { title: 'Delete?', text: 'Sure?', confirm: 'Delete', deny: 'Keep it' } },
  ],
  visibility: 'private',
};

/** A stand-in core: answers `card` to "show", echoes anything else as text. */
function sessionWithLog(): { session: ConsoleSession; ran: string[] } {
  const ran: string[] = [];
  const session = new ConsoleSession(async (text) => {
    ran.push(text);
    return text === 'show' ? card : { kind: 'info', text: `ran ${text}`, visibility: 'private' };
  });
  return { session, ran };
}

describe('ConsoleSession', () => {
  it('sends typed text to the core and prints the rendering', async () => {
    const { session, ran } = sessionWithLog();
    expect(await session.handleLine('  show ')).toBe('dhl 123\n[1] Refresh  [2] Delete');
    expect(ran).toEqual(['show']);
  });

  it('runs the command behind a number and echoes it', async () => {
    const { session, ran } = sessionWithLog();
    await session.handleLine('show');
    expect(await session.handleLine('1')).toBe('» refresh dhl 123\nran refresh dhl 123');
    expect(ran).toEqual(['show', 'refresh dhl 123']);
  });

  it('asks before a confirm action and runs it on y', async () => {
    const { session, ran } = sessionWithLog();
    await session.handleLine('show');
    expect(await session.handleLine('2')).toBe('Delete?\nSure?\n[y = Delete / N = Keep it]');
    expect(ran).toEqual(['show']);
    expect(await session.handleLine('y')).toBe('» delete dhl 123\nran delete dhl 123');
    expect(ran).toEqual(['show', 'delete dhl 123']);
  });

  it('cancels on anything but yes, including an empty line', async () => {
    const { session, ran } = sessionWithLog();
    await session.handleLine('show');
    await session.handleLine('2');
    expect(await session.handleLine('')).toBe('✗ Keep it');
    expect(ran).toEqual(['show']);
  });

  it('accepts Italian yes and the confirm label', async () => {
    const { session, ran } = sessionWithLog();
    for (const answer of ['sì', 'DELETE']) {
      await session.handleLine('show');
      await session.handleLine('2');
      await session.handleLine(answer);
    }
    expect(ran.filter((command) => command === 'delete dhl 123')).toHaveLength(2);
  });

  it('passes numbers without a matching choice to the core', async () => {
    const { session, ran } = sessionWithLog();
    await session.handleLine('show');
    await session.handleLine('300403513351');
    await session.handleLine('');
    expect(ran).toEqual(['show', '300403513351']);
  });

  it('forgets the choices once a message without actions is shown', async () => {
    const { session, ran } = sessionWithLog();
    await session.handleLine('show');
    await session.handleLine('list');
    await session.handleLine('1');
    expect(ran).toEqual(['show', 'list', '1']);
  });
});

describe('localeFromEnv', () => {
  it('takes the language of LC_ALL, LC_MESSAGES or LANG, in that order', () => {
    expect(localeFromEnv({ LANG: 'it_IT.UTF-8' })).toBe('it');
    expect(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'it_IT.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'it', LANG: 'en_GB' })).toBe('it');
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(localeFromEnv({})).toBeUndefined();
  });
});
