/**
 * POST /api/sso-config/domains/{domain}/verify — "Verify now": looks up the claim's TXT record
 * (`_optria-challenge.<domain>`) and marks the claim verified when it carries the token.
 * 200 `{ claim }`; 404 no such claim; 409 conflict or claim refused/revoked; 422 record missing or
 * different; 503 DNS lookup failed.
 */
import { withApi } from '@/lib/http/with-api';
import { ZVerifyDomainParams } from '@/lib/sso/domain-claim-schemas';
import { verifyDomainClaimByDns } from '@/lib/sso/system-verify-domain-claim';

export const POST = withApi({ permission: 'sso.manage', params: ZVerifyDomainParams }, async ({ ctx, params }) => ({
  claim: await verifyDomainClaimByDns(ctx, params.domain),
}));
