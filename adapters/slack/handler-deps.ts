import type { Logger } from '../../src/log';
import type { SlackCore } from './core-port';
import type { ActionStash } from './stash';
import type { UserDirectory } from './user-directory';

/** What every listener gets. */
export interface HandlerDeps {
  core: SlackCore;
  stash: ActionStash;
  directory: UserDirectory;
  logger: Logger;
  /** True once the adapter is stopping: requests are still acked, but not run. */
  stopping(): boolean;
}
