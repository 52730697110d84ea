import type Keyv from 'keyv';

export const POLL_CURSOR_KEY = 'watcher:cursor';
export const STALL_CURSOR_KEY = 'watcher:stall-cursor';

/** Unix seconds up to which TrackingMore changes have been handled; kept in kv so a restart resumes. */
export class PollCursor {
  constructor(
    private readonly kv: Keyv,
    private readonly key: string = POLL_CURSOR_KEY,
  ) {}

  async load(): Promise<number | undefined> {
    const value = await this.kv.get<number>(this.key);
    return typeof value === 'number' ? value : undefined;
  }

  async save(unixSeconds: number): Promise<void> {
    await this.kv.set(this.key, unixSeconds);
  }
}
