import { trackingMoreErrorView } from '../../messages/error-view';
import { t } from '../../i18n';
import { ReplyWith, type Handler } from '../context';
import { formatCommand, showLine } from '../grammar';
import { fetchOrCreate, knownCarrier, showTracking } from './shared';

/** `<carrier> <number> [label…] [postcode=… shipdate=… dest=… account=…]` */
export const show: Handler<'show'> = async (input) => {
  const { args } = input;
  const carrier = await knownCarrier(input, args.carrier, (c) => showLine(c, args.number));
  const { tracking, created } = await fetchOrCreate(input, {
    tracking_number: args.number,
    carrier_code: carrier,
    ...(args.label !== undefined ? { title: args.label } : {}),
    ...(args.postcode !== undefined ? { tracking_postal_code: args.postcode } : {}),
    ...(args.shipdate !== undefined ? { tracking_ship_date: args.shipdate } : {}),
    ...(args.dest !== undefined ? { destination_code: args.dest.toLowerCase() } : {}),
    ...(args.account !== undefined ? { tracking_account_number: args.account } : {}),
  });
  return showTracking(input, tracking, created);
};

/** `<number>`: one detected carrier shows it; several are offered as choices. */
export const detect: Handler<'detect'> = async (input) => {
  const { number } = input.args;
  const candidates = await input.ctx.carriers.detect(number);
  const [only] = candidates;
  if (only === undefined) throw new ReplyWith(trackingMoreErrorView('carrier-undetectable', input.locale));
  if (candidates.length === 1) {
    const { tracking, created } = await fetchOrCreate(input, { tracking_number: number, carrier_code: only.code });
    return showTracking(input, tracking, created);
  }
  return {
    kind: 'info',
    text: t(input.locale, 'detect.choose', { number }),
    actions: [
      {
        type: 'select',
        placeholder: t(input.locale, 'action.chooseCarrier'),
        options: candidates.map((c) => ({ label: c.name, description: c.code, command: showLine(c.code, number) })),
        // Always `show …`: a typed carrier that is also a command word ("help") must not run that command.
        searchCarriersCommand: formatCommand('show', { carrier: '{carrier}', number }),
      },
    ],
    visibility: 'private',
  };
};

/** `refresh <carrier> <number>`: POST /trackings/realtime. */
export const refresh: Handler<'refresh'> = async (input) => {
  const { args } = input;
  const carrier = await knownCarrier(input, args.carrier, (c) => formatCommand('refresh', { carrier: c, number: args.number }));
  const result = await input.ctx.tm.realtimeTracking({ carrier_code: carrier, tracking_number: args.number });
  const tracking = result.items?.[0];
  if (!tracking) throw new ReplyWith(trackingMoreErrorView('not-found', input.locale));
  return showTracking(input, tracking);
};
