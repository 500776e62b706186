/**
 * The one shape of every route handler:
 *   export const GET = withApi({ permission: 'assets.read', query: ZQuery }, async ({ ctx, query }) => …)
 * It refuses cookie-authenticated writes from other origins (403) and non-JSON bodies (415) —
 * see request-guards.ts — then authenticates (an API key in `Authorization: Bearer`, else the
 * session cookie), authorizes with allows(), parses params/query/body with zod, and maps every
 * error to problem+json. Nothing user-supplied can produce a 500. The handler runs in a request
 * scope (request-scope.ts): one request id for the response's `x-request-id`, the context, audit
 * entries and log lines, and the caller (session or API key) for recordAudit().
 */
import 'server-only';
import { z } from 'zod';
import { cookies } from 'next/headers';
import { AppError, forbidden, notFound, unauthenticated } from './app-error';
import { problemResponse, validationProblem } from './problem';
import { assertJsonBody, assertSameOrigin } from './request-guards';
import { allows, type Permission } from '../rbac/permissions';
import type { FeatureFlag } from '../flags/flags';
import { isEnabled } from '../flags/is-enabled';
import { getRequestContext, type RequestContext } from '../tenancy/request-context';
import { actInTenant } from '../tenancy/system-acting-tenant';
import { apiKeyContext } from '../api-keys/system-authenticate-api-key';
import { recordAudit } from '../audit/system-audit';
import { logger } from '../log/logger';
import { LOCALE_COOKIE, localeFromCookie, type Locale } from '../i18n/locales';
import { bindRequestContext, requestIdFrom, runInRequestScope } from './request-scope';

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.infer<S> : undefined;

interface Options<P, Q, B> {
  /** required permission; `null` for public endpoints (no session needed) */
  permission: Permission | null;
  /** answer 404 instead of 401/403, so the endpoint's existence is not revealed */
  hidden?: boolean;
  /** the tenant module this endpoint belongs to: 404 when the tenant does not have it */
  flag?: FeatureFlag;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * By-id endpoints: the tenant the addressed object belongs to (null: no such object, 404). A
   * platform owner who names no tenant then acts inside that one, as with `?tenant_id=` (audited
   * alike). Other roles are unaffected: they stay in their own tenant.
   */
  tenantOf?: (params: Out<P>) => Promise<string | null>;
}

interface HandlerArgs<P, Q, B, C> {
  ctx: C;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  request: Request;
  /** the caller's language (NEXT_LOCALE cookie), for text the handler puts in its answer */
  locale: Locale;
}

type Ctx<Perm> = Perm extends null ? RequestContext | null : RequestContext;

export function withApi<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  Perm extends Permission | null = Permission,
>(
  options: Options<P, Q, B> & { permission: Perm },
  handler: (args: HandlerArgs<P, Q, B, Ctx<Perm>>) => Promise<unknown>,
) {
  return async (request: Request, route?: { params?: Promise<Record<string, string | string[]>> }) => {
    const requestId = requestIdFrom(request.headers);
    return runInRequestScope(requestId, () => serve(request, requestId, route));
  };

  async function serve(
    request: Request,
    requestId: string,
    route?: { params?: Promise<Record<string, string | string[]>> },
  ): Promise<Response> {
    const locale = localeFromCookie((await cookies()).get(LOCALE_COOKIE)?.value);
    try {
      assertSameOrigin(request);
      const caller = (await apiKeyContext(request)) ?? (await getRequestContext());
      bindRequestContext(caller);
      let ctx = await withActingTenant(request, caller);
      bindRequestContext(ctx);
      if (options.permission !== null) {
        if (!ctx) throw options.hidden ? notFound() : unauthenticated();
        if (!allows(ctx, options.permission)) throw options.hidden ? notFound() : forbidden();
        // A temporary password only opens the change-password page, not the API.
        if (ctx.authMethod === 'session' && ctx.mustChangePassword) {
          throw new AppError('password_change_required', 403, 'errors.passwordChangeRequired');
        }
      }
      if (options.flag && !(ctx && (await isEnabled(ctx, options.flag)))) throw notFound();
      const params = parse(options.params, (await route?.params) ?? {});
      if (options.tenantOf && ctx?.role === 'platform_owner' && !ctx.tenantId) {
        const tenantId = await options.tenantOf(params as Out<P>);
        if (!tenantId) throw notFound();
        ctx = await withActingTenant(request, ctx, tenantId);
        bindRequestContext(ctx);
      }
      const query = parse(options.query, Object.fromEntries(new URL(request.url).searchParams));
      const body = options.body ? parse(options.body, await readJson(request)) : undefined;
      const result = await handler({ ctx: ctx as Ctx<Perm>, params, query, body, request, locale } as HandlerArgs<
        P,
        Q,
        B,
        Ctx<Perm>
      >);
      if (result instanceof Response) return result;
      return Response.json(result ?? null, { headers: { 'x-request-id': requestId } });
    } catch (error) {
      if (error instanceof z.ZodError) {
        const { appError, errors } = validationProblem(error, locale);
        return problemResponse(appError, { locale, requestId, errors });
      }
      if (error instanceof AppError) return problemResponse(error, { locale, requestId });
      logger().error({ err: error, method: request.method, path: new URL(request.url).pathname }, 'unhandled error');
      return problemResponse(new AppError('internal', 500, 'errors.internal'), { locale, requestId });
    }
  }
}

/** Applies `?tenant_id=` / `X-Tenant-Id`, and audits every write a platform owner makes inside a tenant. */
async function withActingTenant(
  request: Request,
  ctx: RequestContext | null,
  requested = new URL(request.url).searchParams.get('tenant_id') ?? request.headers.get('x-tenant-id'),
): Promise<RequestContext | null> {
  if (!ctx || !requested) return ctx;
  const acting = await actInTenant(ctx, requested);
  if (acting.actingAsPlatformOwner && request.method !== 'GET' && request.method !== 'HEAD') {
    await recordAudit({
      tenantId: acting.tenantId,
      actorUserId: acting.userId,
      action: 'platform.act_in_tenant',
      targetType: 'tenant',
      targetId: acting.tenantId,
      after: { method: request.method, path: new URL(request.url).pathname },
      requestId: acting.requestId,
    });
  }
  return acting;
}

function parse<S extends Schema | undefined>(schema: S, value: unknown): Out<S> {
  return (schema ? schema.parse(value) : undefined) as Out<S>;
}

async function readJson(request: Request): Promise<unknown> {
  assertJsonBody(request);
  try {
    return await request.json();
  } catch {
    throw new AppError('malformed_json', 400, 'errors.malformedJson');
  }
}
