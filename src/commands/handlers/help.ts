import { t } from '../../i18n';
import { parseErrorView } from '../../messages/error-view';
import type { BotMessage } from '../../messages/model';
import { COMMANDS, usageOf } from '../declarations';
import type { Handler } from '../context';
import { commandByWord } from '../grammar';
import { closestMatch } from '../suggest';
import type { CommandName } from '../types';

function overview(locale: string): BotMessage {
  const names = Object.keys(COMMANDS) as CommandName[];
  return {
    kind: 'help',
    title: t(locale, 'help.title'),
    text: [t(locale, 'help.intro'), '', ...names.map((name) => `\`${usageOf(name)}\` — ${t(locale, COMMANDS[name].summaryKey)}`)].join('\n'),
    footer: t(locale, 'help.more'),
    visibility: 'private',
  };
}

function detail(name: CommandName, locale: string): BotMessage {
  const { aliases, options, summaryKey } = COMMANDS[name];
  const lines = [t(locale, summaryKey), t(locale, 'help.usage', { usage: usageOf(name) })];
  if (aliases.length > 0) lines.push(t(locale, 'help.aliases', { aliases: aliases.join(', ') }));
  return {
    kind: 'help',
    title: name,
    text: lines.join('\n'),
    fields: options.map((o) => ({ label: o.name, value: t(locale, o.descriptionKey) })),
    visibility: 'private',
  };
}

/** `help` lists every command; `help <command>` explains one. */
export const help: Handler<'help'> = async ({ args, locale }) => {
  if (args.command === undefined) return overview(locale);
  const name = commandByWord(args.command);
  if (name) return detail(name, locale);
  const suggestion = closestMatch(args.command, Object.keys(COMMANDS));
  return parseErrorView({ kind: 'unknown-command', word: args.command, ...(suggestion ? { suggestion } : {}) }, locale);
};
