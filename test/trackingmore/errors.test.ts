import { describe, expect, it } from 'vitest';
import { describeCode, isSuccessCode, META_CODES, TrackingMoreError } from '../../src/trackingmore/errors';

const DOCUMENTED = [
  200, 201, 202, 401, 4001, 4002, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4020, 4021, 4031, 4032, 4033, 402, 403,
  404, 405, 409, 429, 500, 503,
];

describe('meta code table', () => {
  it('has exactly the documented codes', () => {
    expect(Object.keys(META_CODES).map(Number).sort()).toEqual([...DOCUMENTED].sort());
  });

  it('treats only 200 and 201 as success', () => {
    expect(DOCUMENTED.filter(isSuccessCode)).toEqual([200, 201]);
  });

  it('marks only rate limiting and server trouble as retryable', () => {
    expect(DOCUMENTED.filter((code) => describeCode(code).retryable).sort()).toEqual([429, 500, 503]);
  });

  it.each([
    [4001, 'invalid-key'],
    [4013, 'number-required'],
    [4015, 'invalid-carrier'],
    [4016, 'already-exists'],
    [4017, 'not-found'],
    [4020, 'too-many-items'],
    [4031, 'not-found'],
    [4032, 'carrier-undetectable'],
    [4033, 'invalid-status'],
    [405, 'method-not-allowed'],
    [429, 'rate-limited'],
  ] as const)('maps %i to %s', (code, kind) => {
    expect(TrackingMoreError.fromCode(code, 'getTracking').kind).toBe(kind);
  });

  it('classifies undocumented codes', () => {
    expect(describeCode(504)).toMatchObject({ kind: 'server-error', retryable: true });
    expect(describeCode(4999)).toMatchObject({ kind: 'unknown', retryable: false });
  });

  it('names the operation and code in the message', () => {
    const error = TrackingMoreError.fromCode(4016, 'createTracking', 200);
    expect(error.message).toBe('createTracking: Tracking already exists (code 4016, HTTP 200)');
    expect(error).toMatchObject({ name: 'TrackingMoreError', code: 4016, httpStatus: 200, retryable: false });
  });
});
