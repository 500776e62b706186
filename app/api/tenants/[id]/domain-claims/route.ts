/** GET /api/tenants/{id}/domain-claims — the tenant's SSO domain claims, pending first (platform owner). */
import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { notFound } from '@/lib/http/app-error';
import { ZTenantClaimsParams } from '@/lib/sso/domain-claim-schemas';
import { listDomainClaims } from '@/lib/sso/list-domain-claims';

export const GET = withApi(
  { permission: 'platform.tenants.manage', hidden: true, params: ZTenantClaimsParams },
  async ({ params }) => {
    if (!z.uuid().safeParse(params.id).success) throw notFound();
    return { items: await listDomainClaims({ tenantId: params.id }) };
  },
);
