import { EventEmitter } from 'node:events';

/** Everything a fake received, in order, with a way to wait for one. */
export class Recorder<T> {
  readonly items: T[] = [];
  private readonly events = new EventEmitter();

  constructor(private readonly name: string, private readonly describeItem: (item: T) => string) {}

  record(item: T): void {
    this.items.push(item);
    this.events.emit('item', item);
  }

  /** The first item (from index `after` on) that matches, or the next one to come. */
  waitFor(match: (item: T) => boolean, description: string, after = 0): Promise<T> {
    const found = this.items.slice(after).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onItem = (item: T) => {
        if (!match(item)) return;
        clearTimeout(timer);
        this.events.off('item', onItem);
        resolve(item);
      };
      const timer = setTimeout(() => {
        this.events.off('item', onItem);
        reject(new Error(`${this.name} never got: ${description}\nseen:\n  ${this.items.map(this.describeItem).join('\n  ')}`));
      }, 8000);
      this.events.on('item', onItem);
    });
  }
}
