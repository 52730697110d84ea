import type { SandboxOperationId } from './operation-id';

/** A failure the next matching request(s) will meet instead of (or before) a normal answer. */
export type Fault =
  | { op?: SandboxOperationId; kind: 'rate-limit'; retryAfterSeconds?: number }
  | { op?: SandboxOperationId; kind: 'server-error'; status?: 500 | 503 }
  | { op?: SandboxOperationId; kind: 'hang'; ms: number }
  | { op?: SandboxOperationId; kind: 'malformed-json' }
  | { op?: SandboxOperationId; kind: 'meta-error'; code: number };

/** Injected faults, used first-in first-out, each for a number of matching requests. */
export class FaultQueue {
  private readonly pending: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault, times = 1): void {
    this.pending.push({ fault, remaining: times });
  }

  /** The fault this request meets, if any (and counts it used). */
  take(op: SandboxOperationId): Fault | undefined {
    const index = this.pending.findIndex((p) => p.fault.op === undefined || p.fault.op === op);
    const entry = this.pending[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    return entry.fault;
  }
}
