/**
 * fetch() for the tenant admin UI: JSON in, JSON or problem+json out. Failures come back as a
 * problem with a messageKey (never thrown), so forms can show the localized message.
 */
export interface Problem {
  code: string;
  messageKey: string;
  /** a 409's offending field, e.g. 'slug' */
  field?: string;
  /** zod issues from a 400: message is a message key */
  errors?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };

export async function sendJson<T>(url: string, method: 'POST' | 'PUT', body: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, problem: { code: 'network', messageKey: 'tenants.errors.network' } };
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: data as T };
  const problem = data as Partial<Problem> | null;
  return {
    ok: false,
    problem: {
      code: problem?.code ?? 'error',
      messageKey: problem?.messageKey ?? 'tenants.errors.generic',
      field: problem?.field,
      errors: problem?.errors,
    },
  };
}

/** Field → message key, from zod issues (client-side or the API's 400) and a 409's field. */
export function fieldErrors(problem: Problem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem.errors ?? []) out[e.path || '_'] ??= e.message;
  if (problem.field) out[problem.field] ??= problem.messageKey;
  return out;
}

/** zod issues in the same shape as the API's, so one code path shows both. */
export function issuesToProblem(issues: { path: PropertyKey[]; message: string }[]): Problem {
  return {
    code: 'validation_failed',
    messageKey: 'errors.validation',
    errors: issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}
