import type { Handler } from '../context';
import type { CommandName } from '../types';
import { add, archive, stop } from './bulk';
import { help } from './help';
import { account, air, carriers, remote, stats, transit } from './info';
import { list } from './list';
import { changeCarrier, edit, remove } from './manage';
import { detect, refresh, show } from './show';
import { unwatch, watch, watching } from './watch';

/** One handler per declared command; the mapped type makes a missing one a compile error. */
export const HANDLERS: { [N in CommandName]: Handler<N> } = {
  show,
  detect,
  list,
  delete: remove,
  carrier: changeCarrier,
  refresh,
  edit,
  add,
  archive,
  stop,
  watch,
  unwatch,
  watching,
  stats,
  account,
  carriers,
  remote,
  transit,
  air,
  help,
};
