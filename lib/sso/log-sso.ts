/** One structured log line per SSO event worth an operator's attention; never secrets or tokens. */
export function logSso(level: 'info' | 'warn', msg: string, fields: Record<string, unknown> = {}) {
  const safe = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v instanceof Error ? describe(v) : v]));
  const line = JSON.stringify({ level, scope: 'sso', msg, ...safe });
  if (level === 'warn') console.warn(line);
  else console.info(line);
}

/** openid-client wraps the useful detail in `cause` (e.g. which claim did not match). */
function describe(error: Error): string {
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
