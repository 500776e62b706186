import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getTenantUser } from '@/lib/users/list-tenant-users';
import { updateTenantUser } from '@/lib/users/update-tenant-user';
import { ZUpdateTenantUser } from '@/lib/users/schemas';

const params = z.object({ id: z.string() });

export const GET = withApi({ permission: 'tenant_users.read', params }, async ({ ctx, params }) =>
  getTenantUser(ctx, params.id),
);

export const PUT = withApi(
  { permission: 'tenant_users.manage', params, body: ZUpdateTenantUser },
  async ({ ctx, params, body }) => updateTenantUser(ctx, params.id, body),
);
