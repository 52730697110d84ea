import { STATUSES } from '../messages/model';

/**
 * Every command, declared once. The text grammar, help, run() argument
 * validation and the Discord slash-command definitions all derive from this,
 * and createCore (src/core) enforces the rule fields before any handler runs:
 * - permission: 'open' to all; 'owner' = whoever added the tracking(s) in this
 *   workspace, or an admin; 'owner-or-subscriber' also lets whoever subscribed
 *   this channel; 'owner-or-unclaimed' also lets anyone when nobody added it yet.
 * - destructive: asks first (catalog keys of the question and of the danger
 *   button) unless the `confirm` option says "confirm".
 * - changesData: reported to CoreDeps.onChange after it succeeded (audit).
 *
 * Option kinds:
 * - positional: one token, in declaration order.
 * - rest: every remaining plain token, joined by spaces (e.g. a label).
 * - keyvalue: `name=value` anywhere on the line.
 * - pairs: repeated `<carrier> <number>` pairs (at least one).
 * `choices` is one value of a closed set; `eachOf` a comma-separated list of them.
 */
export const COMMANDS = {
  show: {
    aliases: ['track', 'get'],
    summaryKey: 'cmd.show.summary',
    usage: '<carrier> <number> [label…] [postcode=… shipdate=YYYYMMDD dest=cc account=…]',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' },
      { name: 'label', kind: 'rest', type: 'string', required: false, descriptionKey: 'opt.label' },
      { name: 'postcode', kind: 'keyvalue', type: 'string', required: false, descriptionKey: 'opt.postcode' },
      { name: 'shipdate', kind: 'keyvalue', type: 'string', required: false, descriptionKey: 'opt.shipdate', pattern: '^\\d{8}$' },
      { name: 'dest', kind: 'keyvalue', type: 'string', required: false, descriptionKey: 'opt.dest', pattern: '^[A-Za-z]{2}$' },
      { name: 'account', kind: 'keyvalue', type: 'string', required: false, descriptionKey: 'opt.account' },
    ],
    operations: ['getTracking', 'createTracking', 'getCostTime', 'listCarriers'],
    changesData: true,
    destructive: false,
    permission: 'open',
  },
  detect: {
    aliases: ['find'],
    summaryKey: 'cmd.detect.summary',
    usage: '<number>',
    options: [{ name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' }],
    operations: ['detectCarrier', 'getTracking', 'createTracking'],
    changesData: true,
    destructive: false,
    permission: 'open',
  },
  list: {
    aliases: ['ls'],
    summaryKey: 'cmd.list.summary',
    usage: '[status] [page]',
    options: [
      { name: 'status', kind: 'positional', type: 'string', required: false, descriptionKey: 'opt.status', choices: STATUSES },
      { name: 'page', kind: 'positional', type: 'integer', required: false, descriptionKey: 'opt.page', min: 1 },
    ],
    operations: ['listTrackings'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  delete: {
    aliases: ['rm', 'remove'],
    summaryKey: 'cmd.delete.summary',
    usage: '<carrier> <number>',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' },
      { name: 'confirm', kind: 'positional', type: 'string', required: false, descriptionKey: 'opt.confirm', choices: ['confirm'] },
    ],
    operations: ['deleteTracking'],
    changesData: true,
    destructive: { askKey: 'delete.ask', buttonKey: 'action.delete' },
    permission: 'owner',
  },
  carrier: {
    aliases: ['recarrier'],
    summaryKey: 'cmd.carrier.summary',
    usage: '<carrier> <number> <new-carrier>',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' },
      { name: 'new-carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.newCarrier', autocomplete: 'carrier' },
    ],
    operations: ['updateCarrier', 'getTracking', 'listCarriers'],
    changesData: true,
    destructive: false,
    permission: 'owner',
  },
  refresh: {
    aliases: ['realtime'],
    summaryKey: 'cmd.refresh.summary',
    usage: '<carrier> <number>',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' },
    ],
    operations: ['realtimeTracking'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  edit: {
    aliases: [],
    summaryKey: 'cmd.edit.summary',
    usage: '<carrier> <number> title=… order=… customer=…',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' },
      { name: 'title', kind: 'keyvalue', type: 'string', required: false, descriptionKey: 'opt.title' },
      { name: 'order', kind: 'keyvalue', type: 'string', required: false, descriptionKey: 'opt.order' },
      { name: 'customer', kind: 'keyvalue', type: 'string', required: false, descriptionKey: 'opt.customer' },
    ],
    operations: ['updateTracking'],
    changesData: true,
    destructive: false,
    permission: 'owner',
  },
  add: {
    aliases: ['batch'],
    summaryKey: 'cmd.add.summary',
    usage: '<carrier> <number> [<carrier> <number> …]',
    options: [{ name: 'items', kind: 'pairs', type: 'string', required: true, descriptionKey: 'opt.items' }],
    operations: ['batchCreateTrackings'],
    changesData: true,
    destructive: false,
    permission: 'open',
  },
  archive: {
    aliases: [],
    summaryKey: 'cmd.archive.summary',
    usage: '<carrier> <number> [<carrier> <number> …]',
    options: [{ name: 'items', kind: 'pairs', type: 'string', required: true, descriptionKey: 'opt.items' }],
    operations: ['updateTrackings'],
    changesData: true,
    destructive: false,
    permission: 'owner',
  },
  stop: {
    aliases: ['notupdate'],
    summaryKey: 'cmd.stop.summary',
    usage: '<carrier> <number> [<carrier> <number> …]',
    options: [
      { name: 'items', kind: 'pairs', type: 'string', required: true, descriptionKey: 'opt.items' },
      { name: 'confirm', kind: 'positional', type: 'string', required: false, descriptionKey: 'opt.confirmStop', choices: ['confirm'] },
    ],
    operations: ['stopUpdating'],
    changesData: true,
    destructive: { askKey: 'stop.ask', buttonKey: 'action.stop' },
    permission: 'owner',
  },
  watch: {
    aliases: ['subscribe'],
    summaryKey: 'cmd.watch.summary',
    usage: '<carrier> <number> [statuses, e.g. delivered,exception]',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' },
      { name: 'statuses', kind: 'positional', type: 'string', required: false, descriptionKey: 'opt.statuses', eachOf: STATUSES },
    ],
    operations: ['getTracking', 'createTracking'],
    changesData: true,
    destructive: false,
    permission: 'owner-or-unclaimed',
  },
  unwatch: {
    aliases: ['unsubscribe'],
    summaryKey: 'cmd.unwatch.summary',
    usage: '<carrier> <number>',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'number', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.number' },
    ],
    operations: [],
    changesData: true,
    destructive: false,
    permission: 'owner-or-subscriber',
  },
  watching: {
    aliases: ['subscriptions'],
    summaryKey: 'cmd.watching.summary',
    usage: '',
    options: [],
    operations: [],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  stats: {
    aliases: [],
    summaryKey: 'cmd.stats.summary',
    usage: '',
    options: [],
    operations: ['getStatusNumber'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  account: {
    aliases: ['balance'],
    summaryKey: 'cmd.account.summary',
    usage: '',
    options: [],
    operations: ['getUserInfo'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  carriers: {
    aliases: [],
    summaryKey: 'cmd.carriers.summary',
    usage: '[search]',
    options: [{ name: 'search', kind: 'rest', type: 'string', required: false, descriptionKey: 'opt.search' }],
    operations: ['listCarriers'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  remote: {
    aliases: [],
    summaryKey: 'cmd.remote.summary',
    usage: '<country> <postcode> [company]',
    options: [
      { name: 'country', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.country' },
      { name: 'postcode', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.postcode' },
      { name: 'company', kind: 'positional', type: 'string', required: false, descriptionKey: 'opt.company', autocomplete: 'carrier' },
    ],
    operations: ['checkRemote'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  transit: {
    aliases: ['costtime'],
    summaryKey: 'cmd.transit.summary',
    usage: '<carrier> <from> <to>',
    options: [
      { name: 'carrier', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.carrier', autocomplete: 'carrier' },
      { name: 'from', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.from', pattern: '^[A-Za-z]{2}$' },
      { name: 'to', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.to', pattern: '^[A-Za-z]{2}$' },
    ],
    operations: ['getCostTime', 'listCarriers'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  air: {
    aliases: ['awb'],
    summaryKey: 'cmd.air.summary',
    usage: '<awb-number>',
    options: [
      { name: 'awb', kind: 'positional', type: 'string', required: true, descriptionKey: 'opt.awb', pattern: '^\\d{3}[ -]?\\d{7,8}$' },
    ],
    operations: ['getAirCargo'],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
  help: {
    aliases: ['?'],
    summaryKey: 'cmd.help.summary',
    usage: '[command]',
    options: [{ name: 'command', kind: 'positional', type: 'string', required: false, descriptionKey: 'opt.command' }],
    operations: [],
    changesData: false,
    destructive: false,
    permission: 'open',
  },
} as const;

/** `name usage…`, as help and the parse errors show it. */
export function usageOf(name: keyof typeof COMMANDS): string {
  const usage = COMMANDS[name].usage;
  return usage ? `${name} ${usage}` : name;
}
