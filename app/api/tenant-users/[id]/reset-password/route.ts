import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { resetTenantUserPassword } from '@/lib/users/reset-tenant-user-password';

/** Answers the temporary password once; it is not stored in clear and cannot be read again. */
export const POST = withApi(
  { permission: 'tenant_users.manage', params: z.object({ id: z.string() }) },
  async ({ ctx, params }) =>
    Response.json(await resetTenantUserPassword(ctx, params.id), { headers: { 'cache-control': 'no-store' } }),
);
