import { describe, expect, it } from 'vitest';
import { startPolling } from '../../src/app/polling';
import { createLogger } from '../../src/log';

const logger = createLogger({ level: 'silent' });

describe('startPolling', () => {
  it('runs cycles one after another, keeps going after a failure, and stop() waits for the one in flight', async () => {
    let running = 0;
    let overlapped = false;
    let cycles = 0;
    let thirdStarted!: () => void;
    const third = new Promise<void>((resolve) => (thirdStarted = resolve));
    let finishThird!: () => void;

    const polling = startPolling(
      async () => {
        running += 1;
        overlapped ||= running > 1;
        cycles += 1;
        try {
          if (cycles === 1) throw new Error('TrackingMore down');
          if (cycles === 3) {
            thirdStarted();
            await new Promise<void>((resolve) => (finishThird = resolve));
          }
        } finally {
          running -= 1;
        }
      },
      1,
      logger,
    );

    await third;
    let stopped = false;
    const stopping = polling.stop().then(() => (stopped = true));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    finishThird();
    await stopping;
    expect(cycles).toBe(3);
    expect(overlapped).toBe(false);
  });
});
