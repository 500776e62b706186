/**
 * The request being served, for code that runs during it without being handed it: the logger
 * stamps every line with its request id, and recordAudit() learns whether the request came
 * through an API key. One AsyncLocalStorage, entered once per request by withApi (API routes),
 * the Auth.js route and the sign-in server actions.
 *
 *   runInRequestScope(requestIdFrom(request.headers), async () => { …; bindRequestContext(ctx); … })
 *   currentRequestId()      → 'req-…' | undefined (outside a request: worker jobs, scripts)
 *   currentRequestContext() → the authenticated caller once bound, else undefined
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext } from '../tenancy/request-context';

interface RequestScope {
  requestId: string;
  ctx?: RequestContext;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** A caller's `x-request-id` is kept when it is a plain token (it lands in logs and audit rows). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the caller's `x-request-id` when safe, else a new UUID. */
export function requestIdFrom(headers: Pick<Headers, 'get'>): string {
  const given = headers.get('x-request-id');
  return given && SAFE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

export function runInRequestScope<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** Records who is calling, once authenticated, for the rest of the request. */
export function bindRequestContext(ctx: RequestContext | null) {
  const scope = storage.getStore();
  if (scope && ctx) scope.ctx = ctx;
}

export const currentRequestId = (): string | undefined => storage.getStore()?.requestId;

export const currentRequestContext = (): RequestContext | undefined => storage.getStore()?.ctx;
