/**
 * Keeps a tenant's domain claims in step with the domains its SSO settings list, inside the save's
 * transaction (the caller holds the domain-claims lock and has checked the new domains).
 * - a domain new to the list (or one without a claim yet) gets a fresh PENDING claim with a new
 *   token — a domain once refused or revoked can be claimed again this way;
 * - a domain that stays listed keeps its claim as it is (a refusal sticks while it stays listed);
 * - a live claim whose domain left the list is REVOKED (released by the tenant).
 */
import 'server-only';
import crypto from 'node:crypto';
import type { Prisma } from '../db/client';
import { recordAuditInTx } from '../audit/system-audit-tx';
import { isLiveClaim, type DomainClaimStatus } from './domain-claim-record';

interface Claim {
  domain: string;
  status: DomainClaimStatus;
}

/** The listed domains that need a new pending claim. Pure, for the conflict check before saving. */
export function domainsToClaim(next: string[], previous: string[], claims: Claim[]): string[] {
  const byDomain = new Map(claims.map((c) => [c.domain, c]));
  return next.filter((d) => {
    const claim = byDomain.get(d);
    if (!claim) return true;
    return !isLiveClaim(claim.status) && !previous.includes(d);
  });
}

/** The tenant's live claims on domains no longer listed. */
export function claimsToRelease<C extends Claim>(next: string[], claims: C[]): C[] {
  return claims.filter((c) => isLiveClaim(c.status) && !next.includes(c.domain));
}

export const newVerificationToken = () => crypto.randomBytes(16).toString('hex');

export async function syncDomainClaims(
  tx: Prisma.TransactionClient,
  actor: { tenantId: string; userId: string; requestId?: string | null },
  change: { claim: string[]; release: { id: string; domain: string; status: DomainClaimStatus }[] },
) {
  const { tenantId } = actor;
  const audit = { tenantId, actorUserId: actor.userId, requestId: actor.requestId, targetType: 'sso_domain_claim' };
  for (const domain of change.claim) {
    const fresh = {
      status: 'pending' as const,
      activeDomain: domain,
      verificationToken: newVerificationToken(),
      method: null,
      verifiedAt: null,
      verifiedById: null,
      lastCheckAt: null,
      lastCheckError: null,
    };
    const row = await tx.ssoDomainClaim.upsert({
      where: { tenantId_domain: { tenantId, domain } },
      create: { tenantId, domain, ...fresh },
      update: fresh,
      select: { id: true },
    });
    await recordAuditInTx(tx, {
      ...audit,
      action: 'sso.domain_claim',
      targetId: row.id,
      after: { domain, status: 'pending' },
    });
  }
  for (const claim of change.release) {
    await tx.ssoDomainClaim.update({ where: { id: claim.id }, data: { status: 'revoked', activeDomain: null } });
    await recordAuditInTx(tx, {
      ...audit,
      action: 'sso.domain_release',
      targetId: claim.id,
      before: { domain: claim.domain, status: claim.status },
      after: { domain: claim.domain, status: 'revoked' },
    });
  }
}
