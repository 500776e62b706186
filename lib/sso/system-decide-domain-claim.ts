/**
 * The platform owner's decisions on a tenant's domain claims (the second kind of proof):
 * approve (pending → verified, after the same conflict re-check as a DNS proof), refuse
 * (pending → refused) and revoke (pending or verified → revoked). A refused or revoked claim
 * routes nothing and frees the domain. Each decision is audited in the tenant's log.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import { recordAuditInTx } from '../audit/system-audit-tx';
import type { PlatformActor } from '../tenants/tenant-actor';
import type { ClaimDecision } from './domain-claim-schemas';
import { toDomainClaimView, type DomainClaimStatus, type DomainClaimView } from './domain-claim-record';
import { claimStateConflict } from './domain-claim-errors';
import { lockDomainClaims } from './system-domain-lock';
import { markClaimVerified } from './system-mark-claim-verified';

async function findClaim(tenantId: string, domain: string) {
  if (!z.uuid().safeParse(tenantId).success) throw notFound();
  const claim = await db().ssoDomainClaim.findUnique({ where: { tenantId_domain: { tenantId, domain } } });
  if (!claim) throw notFound();
  return claim;
}

const CLOSES: Record<Exclude<ClaimDecision, 'approve'>, { from: DomainClaimStatus[]; to: DomainClaimStatus }> = {
  refuse: { from: ['pending'], to: 'refused' },
  revoke: { from: ['pending', 'verified'], to: 'revoked' },
};

export async function decideDomainClaim(
  actor: PlatformActor,
  tenantId: string,
  domain: string,
  decision: ClaimDecision,
): Promise<DomainClaimView> {
  const claim = await findClaim(tenantId, domain);
  if (decision === 'approve') {
    if (claim.status === 'verified') return toDomainClaimView(claim);
    if (claim.status !== 'pending') throw claimStateConflict();
    return markClaimVerified({ id: claim.id, tenantId, token: claim.verificationToken }, 'owner_approval', actor);
  }
  const { from, to } = CLOSES[decision];
  if (claim.status === to) return toDomainClaimView(claim);
  return db().$transaction(async (tx) => {
    await lockDomainClaims(tx, 'exclusive');
    const row = await tx.ssoDomainClaim.findUnique({ where: { id: claim.id } });
    if (!row) throw notFound();
    if (!from.includes(row.status)) throw claimStateConflict();
    const updated = await tx.ssoDomainClaim.update({
      where: { id: row.id },
      data: { status: to, activeDomain: null },
    });
    await recordAuditInTx(tx, {
      tenantId,
      actorUserId: actor.userId,
      action: decision === 'refuse' ? 'sso.domain_refuse' : 'sso.domain_revoke',
      targetType: 'sso_domain_claim',
      targetId: row.id,
      before: { domain: row.domain, status: row.status },
      after: { domain: row.domain, status: to },
      requestId: actor.requestId,
    });
    return toDomainClaimView(updated);
  });
}
