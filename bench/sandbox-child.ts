/**
 * The fake TrackingMore in its own process, so the bench's CPU and RSS
 * figures are the bot's alone. Driven over IPC by bench/sandbox-process.ts.
 */
import { startSandbox, type Sandbox } from '../src/sandbox';
import type { TrackingStatus } from '../src/messages/model';
import type { ChildReply, ChildRequest } from './sandbox-protocol';

let sandbox: Sandbox | undefined;
let clockMs = 0;

function need(): Sandbox {
  if (!sandbox) throw new Error('sandbox not started');
  return sandbox;
}

async function handle(request: ChildRequest): Promise<unknown> {
  switch (request.op) {
    case 'start':
      clockMs = request.clockMs;
      // Journeys move only when told (huge step); responses are not re-validated against the spec
      // here (the test suite does that), so the fake's own cost stays small.
      sandbox = await startSandbox({ seedDemo: false, clock: () => clockMs, stepMs: 2_000_000_000, validateResponses: false, logger: { warn: () => {} } });
      return { url: sandbox.url };
    case 'seed':
      for (const number of request.numbers) need().addTracking({ carrier: request.carrier, number, status: 'transit' });
      return request.numbers.length;
    case 'advance':
      clockMs = request.clockMs;
      for (const number of request.numbers) need().advance({ carrier: request.carrier, number }, request.status as TrackingStatus);
      return request.numbers.length;
    case 'calls':
      return { ...need().calls };
    case 'reset-calls':
      need().resetCalls();
      return null;
    case 'close':
      await need().close();
      return null;
  }
}

process.on('message', (request: ChildRequest) => {
  handle(request).then(
    (result) => process.send?.({ id: request.id, ok: true, result } satisfies ChildReply),
    (error: unknown) => process.send?.({ id: request.id, ok: false, error: String(error) } satisfies ChildReply),
  );
});
