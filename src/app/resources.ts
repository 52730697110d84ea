import type { Logger } from 'pino';

/** Things to close at shutdown, closed in reverse order of opening. */
export class Resources {
  private readonly closers: Array<{ name: string; close: () => Promise<void> }> = [];

  add(name: string, close: () => Promise<void>): void {
    this.closers.push({ name, close });
  }

  /** Closes everything even when one fails; failures are logged, not thrown. */
  async closeAll(logger: Logger): Promise<void> {
    for (const { name, close } of this.closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        logger.error({ err: error, resource: name }, 'could not close cleanly');
      }
    }
  }
}
