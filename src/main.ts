import { parseConfig } from './config';
import { createLogger, defaultLogLevel } from './log';
import { startApp, type RunningApp } from './app/start';
import { chooseSurfaces, isConsoleMode } from './app/surfaces';

/** One line for the user: never a stack trace (the logger keeps the details). */
function fail(line: string): never {
  process.stderr.write(`trackbot: ${line}\n`);
  process.exit(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  for (const line of parsed.errors) process.stderr.write(`trackbot: ${line}\n`);
  process.exit(1);
}
const { config } = parsed;
const mode = isConsoleMode(chooseSurfaces(config)) ? 'console' : 'server';
const logger = createLogger({ level: config.logLevel ?? defaultLogLevel(mode) });

process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  fail(`stopped after an unexpected error: ${messageOf(error)}`);
});
process.on('unhandledRejection', (reason) => {
  logger.fatal({ err: reason }, 'unhandled rejection');
  fail(`stopped after an unexpected error: ${messageOf(reason)}`);
});

let app: RunningApp;
try {
  app = await startApp(config, logger, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
} catch (error) {
  logger.error({ err: error }, 'start-up failed');
  fail(`could not start: ${messageOf(error)}`);
}

let shuttingDown: Promise<void> | undefined;
function shutDown(reason: string): Promise<void> {
  shuttingDown ??= (async () => {
    logger.info({ reason }, 'shutting down');
    await app.stop();
    // Let piped stdout drain before exiting.
    process.stdout.write('', () => process.exit(0));
  })();
  return shuttingDown;
}

// `npm start | head`: the reader went away; stop like at end of input.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  void shutDown('stdout closed');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // A second signal while finishing in-flight work exits at once.
    process.once(signal, () => process.exit(1));
    void shutDown(signal);
  });
}
await app.finished;
await shutDown('end of input');
