import { fork, type ChildProcess } from 'node:child_process';
import type { ChildCommand, ChildReply } from './sandbox-protocol';

/** The sandbox running in a child process (tsx loader), driven by request/reply over IPC. */
export class SandboxProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: ChildReply) => void>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: ChildReply) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  static async start(clockMs: number): Promise<{ sandbox: SandboxProcess; url: string }> {
    const child = fork(new URL('./sandbox-child.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const sandbox = new SandboxProcess(child);
    const { url } = (await sandbox.ask({ op: 'start', clockMs })) as { url: string };
    return { sandbox, url };
  }

  ask(command: ChildCommand): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (reply) => (reply.ok ? resolve(reply.result) : reject(new Error(reply.error))));
      this.child.send({ id, ...command });
    });
  }

  async listCalls(): Promise<{ list: number; total: number }> {
    const calls = (await this.ask({ op: 'calls' })) as Record<string, number>;
    return { list: calls['listTrackings'] ?? 0, total: Object.values(calls).reduce((a, b) => a + b, 0) };
  }

  async close(): Promise<void> {
    await this.ask({ op: 'close' });
    this.child.disconnect();
    await new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
  }
}
