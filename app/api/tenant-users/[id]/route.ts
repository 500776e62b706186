import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getTenantUser } from '@/lib/users/list-tenant-users';
import { updateTenantUser } from '@/lib/users/update-tenant-user';
import { tenantOfUser } from '@/lib/users/system-user-tenant';
import { ZUpdateTenantUser } from '@/lib/users/schemas';

const params = z.object({ id: z.string() });
/** The platform owner may address a user by id alone: the action runs in the user's tenant. */
const tenantOf = ({ id }: { id: string }) => tenantOfUser(id);

export const GET = withApi({ permission: 'tenant_users.read', params, tenantOf }, async ({ ctx, params }) =>
  getTenantUser(ctx, params.id),
);

export const PUT = withApi(
  { permission: 'tenant_users.manage', params, tenantOf, body: ZUpdateTenantUser },
  async ({ ctx, params, body }) => updateTenantUser(ctx, params.id, body),
);
