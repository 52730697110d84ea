import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** `npm start` as a user runs it, minus npm: no tokens, so console + built-in sandbox. */
function startTrackbot(storeDir: string, extraEnv: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(TRACKINGMORE_|SLACK_|DISCORD_|LOG_LEVEL$|LC_)/.test(name)) delete env[name];
  }
  Object.assign(env, { STORE_URL: `sqlite://${join(storeDir, 'x.sqlite')}`, PORT: '0', LANG: 'en_US.UTF-8' }, extraEnv);
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: process.cwd(), env });
}

class Transcript {
  stdout = '';
  stderr = '';
  private waiters: Array<() => void> = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk) => this.append('stdout', String(chunk)));
    child.stderr.on('data', (chunk) => this.append('stderr', String(chunk)));
    child.on('close', () => this.wakeAll());
  }

  /** Resolves with the first match of `pattern` in stdout (or stderr) after `from`. */
  async waitFor(pattern: RegExp, from = 0, stream: 'stdout' | 'stderr' = 'stdout'): Promise<RegExpExecArray> {
    for (;;) {
      const match = pattern.exec(this[stream].slice(from));
      if (match) return match;
      if (this.child.exitCode !== null) throw new Error(`exited before ${pattern}:\n${this.stdout}\n${this.stderr}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  exit(): Promise<number | null> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.on('close', (code) => resolve(code));
    });
  }

  private append(stream: 'stdout' | 'stderr', text: string): void {
    this[stream] += text;
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

let storeDir: string;
let child: ChildProcessWithoutNullStreams | undefined;

beforeEach(async () => {
  storeDir = await mkdtemp(join(tmpdir(), 'trackbot-pipe-'));
});

afterEach(async () => {
  if (child && child.exitCode === null) child.kill();
  child = undefined;
  await rm(storeDir, { recursive: true, force: true });
});

describe('npm start through a pipe', () => {
  it('tracks, lists, changes carrier, deletes with confirmation, helps, and exits 0 at end of input', async () => {
    child = startTrackbot(storeDir);
    const out = new Transcript(child);

    child.stdin.write('4px 300403513351\nlist\ncarrier 4px 300403513351 ups\n3\n');
    // The card after choice 3 lists its own numbered actions; Delete is the one that asks first.
    const choiceEcho = await out.waitFor(/^> 3\n» carrier ups 300403513351 (\S+)\n/m);
    const changedTo = choiceEcho[1] ?? '';
    const afterChoice = out.stdout.indexOf(choiceEcho[0]);
    const deleteButton = await out.waitFor(/^\[(\d+)\] Delete$/m, afterChoice);
    child.stdin.end(`${deleteButton[1]}\ny\nlist\nhelp\nfrobnicate 1\n`);
    expect(await out.exit()).toBe(0);

    const { stdout, stderr } = out;
    // track
    expect(stdout).toMatch(/^> 4px 300403513351\ncute pillow · 🚚 In transit\n/m);
    expect(stdout).toMatch(/^ {2}Carrier: +4px$/m);
    expect(stdout).toMatch(/^ {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}\S/m);
    // list
    expect(stdout).toMatch(/^> list\nTrackings\n(.*\n)*.*4px 300403513351 — cute pillow/m);
    // carrier, typed and through a numbered choice
    expect(stdout).toContain('> carrier 4px 300403513351 ups\ncute pillow');
    expect(stdout).toContain('300403513351 now uses carrier ups.');
    expect(changedTo).not.toBe('ups');
    expect(stdout).toContain(`300403513351 now uses carrier ${changedTo}.`);
    // delete: the button asks first, y confirms
    expect(stdout).toContain(`> ${deleteButton[1]}\nDelete this tracking?\n`);
    expect(stdout).toMatch(new RegExp(`^> y\\n» delete ${changedTo} 300403513351.*\\nDeleted ${changedTo} 300403513351\\.`, 'm'));
    const lastList = stdout.slice(stdout.lastIndexOf('> list\n'));
    expect(lastList).not.toContain('300403513351');
    // help and a bad command
    expect(stdout).toMatch(/^> help\nTrackbot commands\n/m);
    expect(stdout).toMatch(/^> frobnicate 1\n.*frobnicate/m);
    // stderr: the sandbox announcement, no stack trace
    expect(stderr).toContain('Using the built-in sandbox TrackingMore (no TRACKINGMORE_API_KEY set)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('logs an audit line for each command that may change data (show creates unknown trackings), and none for reads', async () => {
    child = startTrackbot(storeDir, { LOG_LEVEL: 'info' });
    const out = new Transcript(child);
    child.stdin.end('4px 300403513351\nedit 4px 300403513351 title=lamp\nlist\n');
    expect(await out.exit()).toBe(0);
    const audits = out.stderr
      .split('\n')
      .filter((line) => line.includes('"msg":"audit: command changed data"'))
      .map((line) => JSON.parse(line) as { command: string; platform: string; args: Record<string, unknown> });
    expect(audits.map((a) => a.command)).toEqual(['show', 'edit']);
    expect(audits[1]).toMatchObject({ platform: 'console', args: { carrier: '4px', number: '300403513351', title: 'lamp' } });
  });

  it('shuts down cleanly on SIGTERM while input is still open', async () => {
    child = startTrackbot(storeDir);
    const out = new Transcript(child);
    child.stdin.write('help\n');
    await out.waitFor(/^Trackbot commands$/m);
    child.kill('SIGTERM');
    expect(await out.exit()).toBe(0);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('serves /healthz in console mode when webhooks are configured', async () => {
    child = startTrackbot(storeDir, { TRACKINGMORE_WEBHOOK_EMAIL: 'ops@example.com', LOG_LEVEL: 'info' });
    const out = new Transcript(child);
    const listening = await out.waitFor(/"port":(\d+).*"msg":"HTTP server listening"/, 0, 'stderr');
    const response = await fetch(`http://127.0.0.1:${listening[1]}/healthz`);
    expect(await response.json()).toEqual({ ok: true, surfaces: ['console'], store: 'sqlite' });
    expect(out.stderr).not.toContain('ops@example.com');
    child.stdin.end();
    expect(await out.exit()).toBe(0);
  });

  it('prints one line per bad variable and exits 1 without echoing secrets', async () => {
    const env = { ...process.env, SLACK_BOT_TOKEN: 'xoxb-very-secret', PORT: 'eighty', STORE_URL: 'mysql://root:hunter2@db' };
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: process.cwd(), env });
    const out = new Transcript(child);
    child.stdin.end();
    expect(await out.exit()).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('trackbot: '))).toBe(true);
    expect(out.stderr).not.toMatch(/very-secret|hunter2/);
    expect(out.stdout).toBe('');
  });
});
