import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getTenantUser } from '@/lib/users/list-tenant-users';

export const GET = withApi(
  { permission: 'tenant_users.read', params: z.object({ id: z.string() }) },
  async ({ ctx, params }) => getTenantUser(ctx, params.id),
);
