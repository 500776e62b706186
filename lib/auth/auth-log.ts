/**
 * Auth.js's logger hooks, written through our logger. Auth.js hands every failure to
 * `logger.error`, expected refusals included, so each is classified by the error's `type`: a
 * string Auth.js copies from a static property (`CredentialsSignin.type = "CredentialsSignin"`),
 * which survives minification. Class and constructor names do not: the production build renames
 * `InvalidCredentials` to something like `c`, so `error.name` cannot be trusted for behaviour.
 *
 * - refusal (wrong password, throttled, bad SSO ticket: type CredentialsSignin) → info
 * - something the client sent that Auth.js refuses (missing CSRF token, access denied…) → warn
 * - anything else (a thrown database error arrives as CallbackRouteError, bad config…) → error
 */
import { stdSerializers } from 'pino';
import type { Logger } from '../log/logger';

export type AuthErrorLevel = 'info' | 'warn' | 'error';

const REFUSALS = new Set(['CredentialsSignin']);
/** Auth.js's own "safe to show the client" types other than refusals: the request was at fault. */
const CLIENT_FAULTS = new Set([
  'AccessDenied',
  'AccountNotLinked',
  'MissingCSRF',
  'OAuthAccountNotLinked',
  'OAuthCallbackError',
  'Verification',
  'WebAuthnVerificationError',
]);

/** The Auth.js `type` of an error ('CredentialsSignin', 'CallbackRouteError', …); undefined for other errors. */
export function authErrorType(error: unknown): string | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}

export function authErrorLevel(error: unknown): AuthErrorLevel {
  const type = authErrorType(error);
  if (type && REFUSALS.has(type)) return 'info';
  if (type && CLIENT_FAULTS.has(type)) return 'warn';
  return 'error';
}

/** The error Auth.js wrapped (it keeps it as `cause.err`), for the log line. */
function wrapped(error: Error): Error | undefined {
  const inner = (error.cause as { err?: unknown } | undefined)?.err;
  return inner instanceof Error ? inner : undefined;
}

/**
 * The `logger` option of NextAuth(): error, warn and debug through `log()`, which is called at
 * the first line (not when auth.ts is imported, e.g. by the build, before the env is validated).
 */
export function authLogger(log: () => Logger) {
  let child: Logger | undefined;
  const auth = () => (child ??= log().child({ scope: 'auth' }));
  return {
    error(error: Error) {
      const level = authErrorLevel(error);
      const authError = authErrorType(error);
      if (level === 'info') {
        // The reason code ('invalid', 'throttled', 'sso_ticket') is what the user is shown too.
        auth().info({ authError, code: (error as { code?: unknown }).code }, 'sign-in refused');
        return;
      }
      const cause = wrapped(error);
      auth()[level](
        { authError, err: error, ...(cause ? { cause: stdSerializers.err(cause) } : {}) },
        level === 'warn' ? 'auth request refused' : 'auth error',
      );
    },
    warn(code: string) {
      auth().warn({ code }, 'auth warning');
    },
    debug(message: string, metadata?: unknown) {
      auth().debug({ metadata }, message);
    },
  };
}
