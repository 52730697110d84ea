import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

/** Keys whose values are secrets wherever they appear (top level or nested two deep). */
const SECRET_KEYS = [
  'token', 'botToken', 'appToken', 'apiKey', 'api_key', 'key', 'secret', 'signingSecret',
  'password', 'authorization', 'signature', 'Trackingmore-Api-Key', 'trackingmore-api-key',
  'x-slack-signature', 'webhookEmail',
];

export const REDACT_PATHS = [
  ...SECRET_KEYS.flatMap((key) => {
    // Keys with dashes need bracket notation in redact paths.
    const plain = /^[A-Za-z_$][\w$]*$/.test(key);
    const accessor = plain ? `.${key}` : `["${key}"]`;
    return [plain ? key : accessor, `*${accessor}`, `*.*${accessor}`];
  }),
  '*.*.headers.authorization',
];

/**
 * Console mode prints chat text on stdout and keeps stderr quiet: only
 * warnings and errors unless LOG_LEVEL asks for more. Servers log at info.
 */
export function defaultLogLevel(mode: 'console' | 'server'): LogLevel {
  return mode === 'console' ? 'warn' : 'info';
}

/** JSON lines on stderr (stdout belongs to the console chat). */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { name: 'trackbot' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}
