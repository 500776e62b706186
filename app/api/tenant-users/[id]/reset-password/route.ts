import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { resetTenantUserPassword } from '@/lib/users/reset-tenant-user-password';
import { tenantOfUser } from '@/lib/users/system-user-tenant';

/**
 * Answers the temporary password once; it is not stored in clear and cannot be read again. The
 * platform owner may address the user by id alone (the reset runs and is audited in its tenant).
 */
export const POST = withApi(
  { permission: 'tenant_users.manage', params: z.object({ id: z.string() }), tenantOf: ({ id }) => tenantOfUser(id) },
  async ({ ctx, params }) =>
    Response.json(await resetTenantUserPassword(ctx, params.id), { headers: { 'cache-control': 'no-store' } }),
);
