import { EventEmitter } from 'node:events';

export interface RecordedRequest {
  method: string;
  /** Decoded path after /api/v10, e.g. /webhooks/1/tok/messages/@original. */
  path: string;
  query: URLSearchParams;
  body: any;
}

/** Every REST call the client made, in order, with a way to wait for one. */
export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly events = new EventEmitter();

  record(request: RecordedRequest): void {
    this.requests.push(request);
    this.events.emit('request', request);
  }

  /** The first recorded request (from index `after` on) that matches, or the next one to come. */
  waitFor(match: (request: RecordedRequest) => boolean, description: string, after = 0): Promise<RecordedRequest> {
    const found = this.requests.slice(after).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onRequest = (request: RecordedRequest) => {
        if (!match(request)) return;
        clearTimeout(timer);
        this.events.off('request', onRequest);
        resolve(request);
      };
      const timer = setTimeout(() => {
        this.events.off('request', onRequest);
        const seen = this.requests.map((r) => `${r.method} ${r.path}`).join('\n  ');
        reject(new Error(`fake Discord never got: ${description}\nseen:\n  ${seen}`));
      }, 8000);
      this.events.on('request', onRequest);
    });
  }
}
