/**
 * The browser's one way to call our JSON API (an ESLint rule keeps `fetch` out of every other
 * browser file). `apiFetch<T>(path, { method, body, query })` resolves with the answer's JSON, or
 * rejects with an ApiError: the problem+json body parsed (ZProblem), a network failure, or an
 * unreadable answer. A 401 means the session has ended: the page goes to sign-in, then back.
 * Data loading and mutations use it through TanStack Query (docs/decisions.md).
 */
import type { z } from 'zod';
import { GENERIC_ERROR_KEY, NETWORK_ERROR_KEY, ZProblem, type ProblemIssue } from '@/lib/http/problem-shape';
import { localePath, splitLocale } from '@/lib/i18n/locale-path';

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest<T = unknown> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** sent as JSON; a FormData is sent as multipart/form-data (file uploads) */
  body?: unknown;
  /** empty values (undefined, null, '') are left out */
  query?: Record<string, QueryValue> | URLSearchParams;
  signal?: AbortSignal;
  /** checks the answer's shape; a mismatch is an ApiError 'bad_response' */
  schema?: z.ZodType<T>;
}

/** Why a call failed. `messageKey` is always a key of messages/*.json; `status` is 0 without an answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageKey: string;
  readonly field?: string;
  readonly errors: ProblemIssue[];
  /** the problem's other members, e.g. `domains` of a 409 */
  readonly details: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    messageKey: string;
    field?: string;
    errors?: ProblemIssue[];
    details?: Record<string, unknown>;
  }) {
    super(init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.messageKey = init.messageKey;
    this.field = init.field;
    this.errors = init.errors ?? [];
    this.details = init.details ?? {};
  }
}

/** The sign-in page in the current language, coming back to `pathname + search` afterwards. */
export function signInPath(pathname: string, search = ''): string {
  const { locale, path } = splitLocale(pathname);
  const params = new URLSearchParams();
  if (path !== '/' || search) params.set('next', path + search);
  params.set('reason', 'session_ended');
  return `${localePath(locale, '/login')}?${params}`;
}

let leaving = false;
/** Several calls can fail with 401 at once: navigate only once. */
function goToSignIn() {
  if (leaving || typeof window === 'undefined') return;
  leaving = true;
  window.location.assign(signInPath(window.location.pathname, window.location.search));
}

function withQuery(path: string, query: ApiRequest['query']): string {
  const entries: [string, QueryValue][] = query instanceof URLSearchParams ? [...query] : Object.entries(query ?? {});
  const params = new URLSearchParams();
  for (const [key, value] of entries)
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

/** The members every problem has; anything else (e.g. `domains` of a 409) is the problem's details. */
const ENVELOPE = new Set(['type', 'title', 'status', 'code', 'messageKey', 'requestId', 'field', 'errors']);

async function problemOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ZProblem.safeParse(body);
  if (!parsed.success)
    return new ApiError({ status: response.status, code: 'http_error', messageKey: GENERIC_ERROR_KEY });
  const { code, messageKey, field, errors } = parsed.data;
  const details = Object.fromEntries(Object.entries(parsed.data).filter(([key]) => !ENVELOPE.has(key)));
  return new ApiError({ status: response.status, code, messageKey, field, errors, details });
}

const isJson = (body: unknown) => body !== undefined && !(body instanceof FormData);

/** Marks an answer whose body is not JSON. */
const UNREADABLE = Symbol('unreadable');

/**
 * A client for one origin. `baseUrl` '' (the browser default) keeps paths relative to the page;
 * `onUnauthenticated` runs on a 401 before the call rejects.
 */
export function createApiClient({ baseUrl = '', onUnauthenticated = goToSignIn } = {}) {
  return async function apiFetch<T>(path: string, request: ApiRequest<T> = {}): Promise<T> {
    const { method = 'GET', body, query, signal, schema } = request;
    let response: Response;
    try {
      response = await fetch(baseUrl + withQuery(path, query), {
        method,
        headers: { accept: 'application/json', ...(isJson(body) ? { 'content-type': 'application/json' } : {}) },
        // FormData: fetch writes the multipart body and its content-type (with the boundary) itself.
        body: body instanceof FormData ? body : body !== undefined ? JSON.stringify(body) : undefined,
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      // A cancelled query is not a failure to show (TanStack Query expects the abort error itself).
      if (signal?.aborted) throw error;
      throw new ApiError({ status: 0, code: 'network', messageKey: NETWORK_ERROR_KEY });
    }
    if (!response.ok) {
      const problem = await problemOf(response);
      if (response.status === 401) onUnauthenticated();
      throw problem;
    }
    if (response.status === 204) return undefined as T;
    const data: unknown = await response.json().catch(() => UNREADABLE);
    const checked = data === UNREADABLE ? null : schema ? schema.safeParse(data) : { success: true as const, data };
    if (!checked?.success)
      throw new ApiError({ status: response.status, code: 'bad_response', messageKey: GENERIC_ERROR_KEY });
    return checked.data as T;
  };
}

/** The browser's client: same-origin paths, 401 → sign-in. */
export const apiFetch = createApiClient();
