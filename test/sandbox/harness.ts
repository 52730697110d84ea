import { afterEach, beforeEach, expect } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox';

export const API_KEY = 'sandbox-key';
/** 2024-05-01T10:00:00Z */
export const START_MS = Date.UTC(2024, 4, 1, 10, 0, 0);

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body; tests read it freely. */
  json: any;
}

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public ms = START_MS) {}
  readonly now = () => this.ms;
  tick(ms: number): void {
    this.ms += ms;
  }
}

/** Plain fetch against the sandbox (the typed client is tested elsewhere). */
export async function api(
  sandbox: Sandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'Trackingmore-Api-Key': API_KEY },
): Promise<ApiResponse> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

/**
 * A fresh sandbox per test (no demo data, a manual clock). After each test the sandbox closes and
 * `specViolations` must be empty: the spec and the fake check each other.
 */
export function useSandbox(options: SandboxOptions = {}) {
  const harness = {
    clock: new ManualClock(),
    sandbox: undefined as unknown as Sandbox,
    call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      api(harness.sandbox, method, path, body, headers),
  };
  beforeEach(async () => {
    harness.clock = new ManualClock();
    harness.sandbox = await startSandbox({ seedDemo: false, clock: harness.clock.now, ...options });
  });
  afterEach(async () => {
    const violations = harness.sandbox.specViolations;
    await harness.sandbox.close();
    expect(violations).toEqual([]);
  });
  return harness;
}

export function expectMeta(response: ApiResponse, code: number, httpStatus = 200): void {
  expect({ http: response.status, code: response.json?.meta?.code }).toEqual({ http: httpStatus, code });
}
