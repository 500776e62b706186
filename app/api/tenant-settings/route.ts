/**
 * GET /api/tenant-settings — the caller's tenant settings (`{ timeZone }`). PUT — change them
 * (tenant administrators; audited). The platform owner changes a tenant's through PUT /api/tenants/{id}.
 */
import { withApi } from '@/lib/http/with-api';
import { getCurrentTenant } from '@/lib/tenants/system-current-tenant';
import { ZUpdateTenantSettings } from '@/lib/tenants/tenant-settings-schemas';
import { updateTenantSettings } from '@/lib/tenants/system-update-tenant-settings';

export const GET = withApi({ permission: 'tenant.read' }, async ({ ctx }) => {
  const tenant = await getCurrentTenant(ctx);
  return { timeZone: tenant.timeZone };
});

export const PUT = withApi(
  { permission: 'tenant.settings.manage', body: ZUpdateTenantSettings },
  async ({ ctx, body }) => updateTenantSettings(ctx, body),
);
