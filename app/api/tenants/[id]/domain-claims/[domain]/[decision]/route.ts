/**
 * POST /api/tenants/{id}/domain-claims/{domain}/approve | refuse | revoke — the platform owner's
 * decision on a tenant's claim. 200 `{ claim }`; 404 no such claim; 409 a conflict (approve) or a
 * decision the claim's status does not allow.
 */
import { withApi } from '@/lib/http/with-api';
import { notFound } from '@/lib/http/app-error';
import { isClaimDecision, ZDecideClaimParams } from '@/lib/sso/domain-claim-schemas';
import { decideDomainClaim } from '@/lib/sso/system-decide-domain-claim';

export const POST = withApi(
  { permission: 'platform.tenants.manage', hidden: true, params: ZDecideClaimParams },
  async ({ ctx, params }) => {
    if (!isClaimDecision(params.decision)) throw notFound();
    const actor = { userId: ctx.userId, requestId: ctx.requestId };
    return { claim: await decideDomainClaim(actor, params.id, params.domain, params.decision) };
  },
);
