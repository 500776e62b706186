/**
 * The one structured logger (pino): JSON lines on stdout, e.g.
 *   {"level":"info","time":"2026-12-01T10:00:00.000Z","pid":1,"hostname":"web-1","requestId":"…","scope":"auth","msg":"sign-in refused"}
 * - level from LOG_LEVEL (lib/env.ts); levels are written as names ("info", "error").
 * - requestId is added to every line written while a request is served (lib/http/request-scope.ts).
 * - secret-looking fields (REDACTED_KEYS, at the top level or one object down) are written as "[redacted]".
 * - no worker-thread transport, so it runs unchanged inside the Next server bundle (pino is in
 *   Next's built-in serverExternalPackages) and in the worker. Pretty-print when reading by
 *   piping into a formatter of your choice; the app always writes JSON.
 * Usage: `logger().error({ err }, 'what failed')`, `logger().child({ scope: 'sso' })`.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { env } from '../env';
import { currentRequestId } from '../http/request-scope';

export type { Logger };

export const REDACTED_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'secret',
  'secretHash',
  'clientSecret',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'ticket',
  'authorization',
  'cookie',
  'apiKey',
];

const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]);

/** A logger writing to `destination` (default: stdout); tests pass their own stream. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

let instance: Logger | undefined;

/** The process's logger (created on first use, at LOG_LEVEL). */
export function logger(): Logger {
  instance ??= createLogger({ level: env().LOG_LEVEL });
  return instance;
}
