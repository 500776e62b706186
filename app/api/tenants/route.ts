import { withApi } from '@/lib/http/with-api';
import { ZCreateTenant, ZListTenants } from '@/lib/tenants/tenant-schemas';
import { listTenants } from '@/lib/tenants/system-list-tenants';
import { createTenantWithAdmin } from '@/lib/tenants/system-create-tenant';

// Platform owner only; everyone else gets a 404, as if the endpoint did not exist.
const access = { permission: 'platform.tenants.manage', hidden: true } as const;

export const GET = withApi({ ...access, query: ZListTenants }, async ({ query }) => listTenants(query));

export const POST = withApi({ ...access, body: ZCreateTenant }, async ({ ctx, body }) => {
  const created = await createTenantWithAdmin({ userId: ctx.userId, requestId: ctx.requestId }, body);
  // The one-time password is in this body and nowhere else: never cache it.
  return Response.json(created, { status: 201, headers: { 'cache-control': 'no-store' } });
});
