/**
 * A tenant's email-domain claims as the API and pages show them (with the TXT record to publish).
 * Tenant admins see their own; the platform owner reads any tenant's by naming it.
 */
import 'server-only';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { toDomainClaimView, type DomainClaimStatus, type DomainClaimView } from './domain-claim-record';

const ORDER: Record<DomainClaimStatus, number> = { pending: 0, verified: 1, refused: 2, revoked: 3 };

/** Every claim of the tenant: pending first (what waits for a decision), then by domain. */
export async function listDomainClaims(scope: TenantScope): Promise<DomainClaimView[]> {
  const rows = await tenantDb(scope).ssoDomainClaim.findMany({ orderBy: { domain: 'asc' } });
  return rows.map(toDomainClaimView).sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}

/** The claims of the listed domains, in the list's order (a domain without a claim is left out). */
export function claimsFor(domains: string[], claims: DomainClaimView[]): DomainClaimView[] {
  const byDomain = new Map(claims.map((c) => [c.domain, c]));
  return domains.flatMap((d) => byDomain.get(d) ?? []);
}
