import { withApi } from '@/lib/http/with-api';
import { ZTenantId, ZUpdateTenantFlags } from '@/lib/tenants/tenant-schemas';
import { updateTenantFlags } from '@/lib/tenants/system-update-tenant-flags';

export const PUT = withApi(
  { permission: 'platform.tenants.manage', hidden: true, params: ZTenantId, body: ZUpdateTenantFlags },
  async ({ ctx, params, body }) => ({
    flags: await updateTenantFlags({ userId: ctx.userId, requestId: ctx.requestId }, params.id, body),
  }),
);
