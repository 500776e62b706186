/** Path parameters of the domain-claim endpoints. An unknown or malformed domain is a 404 (no such claim). */
import { z } from 'zod';

export const ZClaimDomain = z.string().trim().toLowerCase().max(253);

export const ZVerifyDomainParams = z.object({ domain: ZClaimDomain });

export const ZTenantClaimsParams = z.object({ id: z.string() });

export const ZDecideClaimParams = z.object({
  id: z.string(),
  domain: ZClaimDomain,
  decision: z.string(),
});

export const CLAIM_DECISIONS = ['approve', 'refuse', 'revoke'] as const;
export type ClaimDecision = (typeof CLAIM_DECISIONS)[number];
/** Anything else in the decision's place is an endpoint that does not exist (404). */
export const isClaimDecision = (value: string): value is ClaimDecision =>
  (CLAIM_DECISIONS as readonly string[]).includes(value);
