import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/declarations';
import { formatCommand, parseArgs, parseCommand } from '../../src/commands/grammar';
import type { ParseResult } from '../../src/commands/types';

function ok(text: string) {
  const result = parseCommand(text);
  if (!result.ok) throw new Error(`expected ${text} to parse, got ${JSON.stringify(result.error)}`);
  return result.invocation;
}

function error(result: ParseResult) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.invocation)}`);
  return result.error;
}

describe('parseCommand: good input for every command', () => {
  const cases: [string, unknown][] = [
    ['DHL 1234567890', { name: 'show', args: { carrier: 'dhl', number: '1234567890' } }],
    [
      '/track 4px 300403513351 cute pillow postcode=12345 shipdate=20240101 dest=US account=A1',
      {
        name: 'show',
        args: { carrier: '4px', number: '300403513351', label: 'cute pillow', postcode: '12345', shipdate: '20240101', dest: 'US', account: 'A1' },
      },
    ],
    ['show ups 1Z999 "my shoes"', { name: 'show', args: { carrier: 'ups', number: '1Z999', label: 'my shoes' } }],
    ['RR123456785CN', { name: 'detect', args: { number: 'RR123456785CN' } }],
    ['find 12345', { name: 'detect', args: { number: '12345' } }],
    ['list', { name: 'list', args: {} }],
    ['list Delivered 2', { name: 'list', args: { status: 'delivered', page: 2 } }],
    ['list 3', { name: 'list', args: { page: 3 } }],
    ['delete dhl 123456', { name: 'delete', args: { carrier: 'dhl', number: '123456' } }],
    ['delete dhl 123456 confirm', { name: 'delete', args: { carrier: 'dhl', number: '123456', confirm: 'confirm' } }],
    ['carrier dhl 123456 UPS', { name: 'carrier', args: { carrier: 'dhl', number: '123456', 'new-carrier': 'ups' } }],
    ['refresh dhl 123456', { name: 'refresh', args: { carrier: 'dhl', number: '123456' } }],
    [
      'edit dhl 123456 title=“New shoes” order=O-1 customer=Ann',
      { name: 'edit', args: { carrier: 'dhl', number: '123456', title: 'New shoes', order: 'O-1', customer: 'Ann' } },
    ],
    ['add dhl 11111 UPS 22222', { name: 'add', args: { items: [{ carrier: 'dhl', number: '11111' }, { carrier: 'ups', number: '22222' }] } }],
    ['archive dhl 11111', { name: 'archive', args: { items: [{ carrier: 'dhl', number: '11111' }] } }],
    ['stop dhl 11111 ups 22222', { name: 'stop', args: { items: [{ carrier: 'dhl', number: '11111' }, { carrier: 'ups', number: '22222' }] } }],
    ['stop dhl 11111 Confirm', { name: 'stop', args: { items: [{ carrier: 'dhl', number: '11111' }], confirm: 'confirm' } }],
    ['watch dhl 11111', { name: 'watch', args: { carrier: 'dhl', number: '11111' } }],
    ['watch dhl 11111 delivered,Exception', { name: 'watch', args: { carrier: 'dhl', number: '11111', statuses: 'delivered,exception' } }],
    ['unwatch dhl 11111', { name: 'unwatch', args: { carrier: 'dhl', number: '11111' } }],
    ['watching', { name: 'watching', args: {} }],
    ['stats', { name: 'stats', args: {} }],
    ['account', { name: 'account', args: {} }],
    ['carriers', { name: 'carriers', args: {} }],
    ['carriers china post', { name: 'carriers', args: { search: 'china post' } }],
    ['remote JP 7621094', { name: 'remote', args: { country: 'JP', postcode: '7621094' } }],
    ['remote JP 7621094 UPS', { name: 'remote', args: { country: 'JP', postcode: '7621094', company: 'ups' } }],
    ['transit dhl cn us', { name: 'transit', args: { carrier: 'dhl', from: 'cn', to: 'us' } }],
    ['air 172-28891936', { name: 'air', args: { awb: '172-28891936' } }],
    ['help', { name: 'help', args: {} }],
    ['help watch', { name: 'help', args: { command: 'watch' } }],
    ['', { name: 'help', args: {} }],
    ['/track', { name: 'help', args: {} }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ok(text)).toEqual(expected);
  });

  it('has a good case for every declared command', () => {
    const covered = new Set(cases.map(([text]) => (parseCommand(text) as { invocation: { name: string } }).invocation.name));
    expect([...covered].sort()).toEqual(Object.keys(COMMANDS).sort());
  });
});

describe('declarations', () => {
  it('gives every destructive command a confirm option, so it can ask first', () => {
    const destructive = Object.entries(COMMANDS).filter(([, command]) => command.destructive);
    expect(destructive.map(([name]) => name).sort()).toEqual(['delete', 'stop']);
    for (const [, command] of destructive) expect(command.options.map((o) => o.name)).toContain('confirm');
  });
});

describe('parseCommand: bad input', () => {
  it.each([
    ['lst', { kind: 'unknown-command', word: 'lst', suggestion: 'list' }],
    ['hlep', { kind: 'unknown-command', word: 'hlep', suggestion: 'help' }],
    ['y', { kind: 'unknown-command', word: 'y' }],
    ['show dhl', { kind: 'missing-option', command: 'show', option: 'number' }],
    ['dhl 123 shipdate=2024-01-01', { kind: 'invalid-option', command: 'show', option: 'shipdate', value: '2024-01-01' }],
    ['dhl 123 dest=usa', { kind: 'invalid-option', command: 'show', option: 'dest', value: 'usa' }],
    ['dhl 123 colour=red', { kind: 'unknown-key', command: 'show', key: 'colour' }],
    ['detect', { kind: 'missing-option', command: 'detect', option: 'number' }],
    ['detect 123 456', { kind: 'too-many-arguments', command: 'detect', extra: '456' }],
    ['list shipped', { kind: 'invalid-option', command: 'list', option: 'status', value: 'shipped' }],
    ['list transit zero', { kind: 'invalid-option', command: 'list', option: 'page', value: 'zero' }],
    ['list transit 0', { kind: 'invalid-option', command: 'list', option: 'page', value: '0' }],
    ['delete dhl', { kind: 'missing-option', command: 'delete', option: 'number' }],
    ['delete dhl 123 now', { kind: 'invalid-option', command: 'delete', option: 'confirm', value: 'now' }],
    ['carrier dhl 123', { kind: 'missing-option', command: 'carrier', option: 'new-carrier' }],
    ['refresh', { kind: 'missing-option', command: 'refresh', option: 'carrier' }],
    ['edit dhl 123 colour=red', { kind: 'unknown-key', command: 'edit', key: 'colour' }],
    ['edit dhl 123 extra', { kind: 'too-many-arguments', command: 'edit', extra: 'extra' }],
    ['add', { kind: 'missing-option', command: 'add', option: 'items' }],
    ['add dhl 111 ups', { kind: 'odd-pairs', command: 'add', dangling: 'ups' }],
    ['archive dhl', { kind: 'odd-pairs', command: 'archive', dangling: 'dhl' }],
    ['stop', { kind: 'missing-option', command: 'stop', option: 'items' }],
    ['watch dhl 123 arrived', { kind: 'invalid-option', command: 'watch', option: 'statuses', value: 'arrived' }],
    ['unwatch dhl', { kind: 'missing-option', command: 'unwatch', option: 'number' }],
    ['watching now', { kind: 'too-many-arguments', command: 'watching', extra: 'now' }],
    ['stats all', { kind: 'too-many-arguments', command: 'stats', extra: 'all' }],
    ['account me', { kind: 'too-many-arguments', command: 'account', extra: 'me' }],
    ['carriers "dhl', { kind: 'unclosed-quote' }],
    ['remote JP', { kind: 'missing-option', command: 'remote', option: 'postcode' }],
    ['transit dhl china us', { kind: 'invalid-option', command: 'transit', option: 'from', value: 'china' }],
    ['air 12345', { kind: 'invalid-option', command: 'air', option: 'awb', value: '12345' }],
    ['help me please', { kind: 'too-many-arguments', command: 'help', extra: 'please' }],
    ['dhl 123 "open quote', { kind: 'unclosed-quote' }],
  ])('%s', (text, expected) => {
    expect(error(parseCommand(text))).toEqual(expected);
  });
});

describe('parseArgs (structured options, Discord)', () => {
  it('validates with the same declarations and lowercases carriers', () => {
    expect(parseArgs('watch', { carrier: 'DHL', number: '123', statuses: 'delivered' })).toEqual({
      ok: true,
      invocation: { name: 'watch', args: { carrier: 'dhl', number: '123', statuses: 'delivered' } },
    });
    expect(parseArgs('list', { page: 3 })).toEqual({ ok: true, invocation: { name: 'list', args: { page: 3 } } });
    expect(parseArgs('add', { items: 'dhl 111, ups 222' })).toEqual({
      ok: true,
      invocation: { name: 'add', args: { items: [{ carrier: 'dhl', number: '111' }, { carrier: 'ups', number: '222' }] } },
    });
    expect(error(parseArgs('show', { carrier: 'dhl' }))).toEqual({ kind: 'missing-option', command: 'show', option: 'number' });
    expect(error(parseArgs('nope', {}))).toMatchObject({ kind: 'unknown-command', word: 'nope' });
  });
});

describe('formatCommand', () => {
  it.each([
    ['edit', { carrier: 'dhl', number: '123', title: 'New "big" shoes', order: 'a=b' }],
    ['show', { carrier: '4px', number: '300403513351', label: 'cute pillow', dest: 'us' }],
    ['list', { status: 'transit', page: 2 }],
    ['list', { page: 2 }],
    ['add', { items: [{ carrier: 'dhl', number: '111' }, { carrier: 'ups', number: '222' }] }],
    ['delete', { carrier: 'dhl', number: '123', confirm: 'confirm' }],
  ] as const)('round-trips %s through the parser', (name, args) => {
    const line = formatCommand(name, args);
    const expected = name === 'edit' ? { ...args, title: 'New big shoes' } : args;
    expect(parseCommand(line)).toEqual({ ok: true, invocation: { name, args: expected } });
  });
});
