/**
 * The one way a claim becomes VERIFIED (by its DNS record, or by the platform owner's approval).
 * Under the domain-claims lock it re-checks the claim rules, since a conflict may have appeared
 * while the claim was pending — a user of another tenant or of the platform with an address in
 * the domain: then it is a 409 and the claim stays pending. Audited in the same transaction.
 */
import 'server-only';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import { recordAuditInTx } from '../audit/system-audit-tx';
import { toDomainClaimView, type DomainClaimView, type DomainVerificationMethod } from './domain-claim-record';
import { domainConflict } from './domain-claim-errors';
import { findDomainConflicts } from './system-domain-conflicts';
import { lockDomainClaims } from './system-domain-lock';

export async function markClaimVerified(
  claim: { id: string; tenantId: string; token: string },
  method: DomainVerificationMethod,
  actor: { userId: string; requestId?: string | null },
): Promise<DomainClaimView> {
  return db().$transaction(async (tx) => {
    await lockDomainClaims(tx, 'exclusive');
    const row = await tx.ssoDomainClaim.findUnique({ where: { id: claim.id } });
    // Released, refused or re-claimed (new token) since the caller looked: nothing to verify.
    if (!row || row.tenantId !== claim.tenantId || row.status !== 'pending' || row.verificationToken !== claim.token)
      throw notFound();
    if ((await findDomainConflicts(tx, row.tenantId, [row.domain])).length > 0) throw domainConflict([row.domain]);
    const updated = await tx.ssoDomainClaim.update({
      where: { id: row.id },
      data: {
        status: 'verified',
        method,
        verifiedAt: new Date(),
        verifiedById: actor.userId,
        lastCheckAt: null,
        lastCheckError: null,
      },
    });
    await recordAuditInTx(tx, {
      tenantId: row.tenantId,
      actorUserId: actor.userId,
      action: method === 'dns_txt' ? 'sso.domain_verify' : 'sso.domain_approve',
      targetType: 'sso_domain_claim',
      targetId: row.id,
      before: { domain: row.domain, status: 'pending' },
      after: { domain: row.domain, status: 'verified', method },
      requestId: actor.requestId,
    });
    return toDomainClaimView(updated);
  });
}
