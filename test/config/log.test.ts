import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, defaultLogLevel } from '../../src/log';

function capture(): { stream: Writable; lines: () => Array<Record<string, unknown>>; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text, lines: () => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes JSON lines at the configured level', () => {
    const out = capture();
    const logger = createLogger({ level: 'warn', destination: out.stream });
    logger.info('hidden');
    logger.warn({ carrier: '4px' }, 'shown');
    expect(out.lines()).toEqual([expect.objectContaining({ msg: 'shown', carrier: '4px', level: 40, name: 'trackbot' })]);
  });

  it('redacts secret-looking keys at any of the first three levels', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.info(
      {
        token: 'tok-1',
        apiKey: 'key-2',
        config: { slack: { botToken: 'tok-3', signingSecret: 'sec-4' } },
        req: { headers: { authorization: 'Bearer tok-5', 'x-slack-signature': 'v0=sig-6' } },
        err: { config: { headers: { authorization: 'Bearer tok-7' } } },
        'Trackingmore-Api-Key': 'key-8',
      },
      'request',
    );
    expect(out.text()).not.toMatch(/tok-|key-\d|sec-|sig-/);
    expect(out.lines()[0]).toMatchObject({ token: '[redacted]', req: { headers: { authorization: '[redacted]' } } });
  });

  it('keeps the console quiet by default and servers at info', () => {
    expect(defaultLogLevel('console')).toBe('warn');
    expect(defaultLogLevel('server')).toBe('info');
  });
});
