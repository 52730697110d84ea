import type Keyv from 'keyv';

const CURSOR_KEY = 'watcher:cursor';

/** Unix seconds up to which TrackingMore changes have been handled; kept in kv so a restart resumes. */
export class PollCursor {
  constructor(private readonly kv: Keyv) {}

  async load(): Promise<number | undefined> {
    const value = await this.kv.get<number>(CURSOR_KEY);
    return typeof value === 'number' ? value : undefined;
  }

  async save(unixSeconds: number): Promise<void> {
    await this.kv.set(CURSOR_KEY, unixSeconds);
  }
}
