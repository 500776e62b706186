/**
 * "Verify now" (POST /api/sso-config/domains/{domain}/verify): the tenant admin has published
 * `_optria-challenge.<domain> TXT "optria-verification=<token>"`; the server looks it up and, when
 * it is there, the claim becomes verified. A failed check leaves the claim pending and says why:
 * 422 record missing / different value, 503 DNS lookup failed; it is remembered on the claim.
 */
import 'server-only';
import { db } from '../db/client';
import { AppError, notFound } from '../http/app-error';
import type { RequestContext } from '../tenancy/request-context';
import { toDomainClaimView, txtRecordName, txtRecordsProve, type DomainClaimView } from './domain-claim-record';
import { claimStateConflict, dnsCheckFailed } from './domain-claim-errors';
import { lookupTxt } from './dns-txt-lookup';
import { markClaimVerified } from './system-mark-claim-verified';

type VerifyContext = Pick<RequestContext, 'tenantId' | 'userId' | 'requestId'>;

export async function verifyDomainClaimByDns(ctx: VerifyContext, domain: string): Promise<DomainClaimView> {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new AppError('tenant_required', 400, 'errors.tenantRequired');
  const claim = await db().ssoDomainClaim.findUnique({ where: { tenantId_domain: { tenantId, domain } } });
  if (!claim) throw notFound();
  if (claim.status === 'refused' || claim.status === 'revoked') throw claimStateConflict();
  if (claim.status === 'verified') return toDomainClaimView(claim);

  const answer = await lookupTxt(txtRecordName(domain));
  const problem =
    answer.kind === 'failed'
      ? 'lookup_failed'
      : answer.kind === 'not_found'
        ? 'not_found'
        : txtRecordsProve(answer.records, claim.verificationToken)
          ? null
          : 'mismatch';
  if (problem) {
    await db().ssoDomainClaim.updateMany({
      where: { id: claim.id, status: 'pending' },
      data: { lastCheckAt: new Date(), lastCheckError: problem },
    });
    throw dnsCheckFailed(problem, domain);
  }
  return markClaimVerified({ id: claim.id, tenantId, token: claim.verificationToken }, 'dns_txt', ctx);
}
