import { withApi } from '@/lib/http/with-api';
import { listTenantUsers, ZListTenantUsers } from '@/lib/users/list-tenant-users';

export const GET = withApi({ permission: 'tenant_users.read', query: ZListTenantUsers }, async ({ ctx, query }) =>
  listTenantUsers(ctx, query),
);
