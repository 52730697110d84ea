import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { TrackingMoreError } from '../../src/trackingmore/errors';

/** The TrackingMoreError a call rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(call: Promise<unknown>): Promise<TrackingMoreError> {
  const error = await call.then(
    () => expect.fail('expected a TrackingMoreError'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TrackingMoreError);
  return error as TrackingMoreError;
}

/** Registers hooks that fail a test after which a promise rejection went unhandled. */
export function failOnUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => void process.on('unhandledRejection', onUnhandled));
  afterAll(() => void process.off('unhandledRejection', onUnhandled));
  afterEach(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
}
