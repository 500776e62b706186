import { logger } from '../log/logger';

/**
 * One log line per SSO event worth an operator's attention (scope "sso"), through the app's
 * logger; never secrets or tokens (the logger redacts secret-looking fields as a second guard).
 */
export function logSso(level: 'info' | 'warn', msg: string, fields: Record<string, unknown> = {}) {
  const safe = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v instanceof Error ? describe(v) : v]));
  logger()[level]({ scope: 'sso', ...safe }, msg);
}

/** openid-client wraps the useful detail in `cause` (e.g. which claim did not match). */
function describe(error: Error): string {
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
