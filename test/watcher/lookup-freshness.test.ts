import { expect, it } from 'vitest';
import { LookupFreshness } from '../../src/watcher/lookup-freshness';

it('calls a batched look-up stale only for the trackings written after it began, and forgets old writes', () => {
  const freshness = new LookupFreshness();
  freshness.wrote('a');
  const page = freshness.begin();
  expect(freshness.isStale(page, 'a')).toBe(false);
  freshness.wrote('b');
  expect(freshness.isStale(page, 'b')).toBe(true);
  expect(freshness.isStale(page, 'c')).toBe(false);

  const next = freshness.begin();
  expect(freshness.isStale(next, 'b')).toBe(false);
  freshness.end(page);
  freshness.wrote('c');
  expect(freshness.isStale(next, 'c')).toBe(true);
  freshness.end(next);
  // With no look-up open nothing is kept, and a later look-up starts clean.
  const later = freshness.begin();
  expect(freshness.isStale(later, 'b')).toBe(false);
  expect(freshness.isStale(later, 'c')).toBe(false);
});
