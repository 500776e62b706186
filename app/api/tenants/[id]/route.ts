import { withApi } from '@/lib/http/with-api';
import { ZTenantId, ZUpdateTenant } from '@/lib/tenants/tenant-schemas';
import { getTenant } from '@/lib/tenants/system-get-tenant';
import { updateTenant } from '@/lib/tenants/system-update-tenant';

const access = { permission: 'platform.tenants.manage', hidden: true } as const;

export const GET = withApi({ ...access, params: ZTenantId }, async ({ params }) => getTenant(params.id));

export const PUT = withApi({ ...access, params: ZTenantId, body: ZUpdateTenant }, async ({ ctx, params, body }) =>
  updateTenant({ userId: ctx.userId, requestId: ctx.requestId }, params.id, body),
);
