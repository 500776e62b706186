import { withApi } from '@/lib/http/with-api';
import { listTenantUsers, ZListTenantUsers } from '@/lib/users/list-tenant-users';
import { listAllTenantUsers } from '@/lib/users/system-list-all-tenant-users';
import { createTenantUser } from '@/lib/users/create-tenant-user';
import { ZCreateTenantUser } from '@/lib/users/schemas';

/**
 * Tenant roles: their own tenant's users. Platform owner: every tenant's users, each with its
 * tenant `{ id, name, slug }`; `?tenant_id=` (resolved by withApi) narrows to one tenant.
 */
export const GET = withApi({ permission: 'tenant_users.read', query: ZListTenantUsers }, async ({ ctx, query }) =>
  ctx.role === 'platform_owner' ? listAllTenantUsers(query, { tenantId: ctx.tenantId }) : listTenantUsers(ctx, query),
);

/** 201 with the user, plus `oneTimePassword` (shown once, never stored in clear) when it was generated. */
export const POST = withApi({ permission: 'tenant_users.manage', body: ZCreateTenantUser }, async ({ ctx, body }) =>
  Response.json(await createTenantUser(ctx, body), { status: 201, headers: { 'cache-control': 'no-store' } }),
);
