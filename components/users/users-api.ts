/**
 * The users UI talks to the JSON API (the source of truth). Failures come back as a problem with a
 * messageKey, never thrown, so dialogs can show the localized message next to the right field.
 */
import type { z } from 'zod';

export interface TenantUser {
  id: string;
  tenantId: string | null;
  email: string | null;
  username: string | null;
  name: string;
  role: string;
  status: 'active' | 'disabled';
  authSource: 'local' | 'sso';
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

export interface UserPage {
  items: TenantUser[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface Problem {
  status: number;
  code: string;
  messageKey: string;
  /** the field a rule error is about (e.g. 'email' for a duplicate) */
  field?: string;
  /** zod issues of a 400: message is a message key */
  errors?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/** `?tenant_id=` for a platform owner working in a chosen tenant. */
export function usersUrl(path: string, tenantId: string | null, query?: URLSearchParams) {
  const params = new URLSearchParams(query);
  if (tenantId) params.set('tenant_id', tenantId);
  const qs = params.toString();
  return `/api/tenant-users${path}${qs ? `?${qs}` : ''}`;
}

export async function callApi<T>(
  url: string,
  init?: { method: 'POST' | 'PUT'; body?: unknown },
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init?.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(init?.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
      cache: 'no-store',
    });
  } catch {
    return { ok: false, problem: { status: 0, code: 'network', messageKey: 'users.loadError' } };
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: data as T };
  const p = (data ?? {}) as Partial<Problem>;
  return {
    ok: false,
    problem: {
      status: response.status,
      code: p.code ?? 'error',
      messageKey: p.messageKey ?? 'users.errors.generic',
      field: p.field,
      errors: p.errors,
    },
  };
}

/** Field → message key, from the API's zod issues and a rule error's field. */
export function problemFieldErrors(problem: Problem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem.errors ?? []) out[e.path || '_'] ??= e.message;
  if (problem.field) out[problem.field] ??= problem.messageKey;
  return out;
}

/** Client-side validation with the API's own schema, reported in the same shape. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: Record<string, string> } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return { ok: false, errors };
}
