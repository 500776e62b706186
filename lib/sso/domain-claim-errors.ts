/** The domain-claim problems, each a 409/422/503 with the domains concerned (never another tenant's name). */
import { AppError } from '../http/app-error';
import type { DnsCheckError } from './domain-claim-record';

/** Saving SSO settings with domains someone else uses or claims. */
export const domainTaken = (domains: string[]) =>
  new AppError('sso_domain_taken', 409, 'sso.errors.domainTaken', { field: 'allowedDomains', domains });

/** Verifying or approving a claim after a conflict appeared (another tenant's or a platform user). */
export const domainConflict = (domains: string[]) =>
  new AppError('sso_domain_conflict', 409, 'ssoDomains.errors.conflict', { domains });

/** Creating a user whose email domain another tenant has verified for its SSO. */
export const emailDomainClaimed = (domain: string, field: string) =>
  new AppError('email_domain_claimed', 409, 'ssoDomains.errors.emailDomainClaimed', { field, domains: [domain] });

const DNS_PROBLEMS: Record<DnsCheckError, { code: string; status: number; key: string }> = {
  not_found: { code: 'sso_domain_record_missing', status: 422, key: 'ssoDomains.errors.recordMissing' },
  mismatch: { code: 'sso_domain_record_mismatch', status: 422, key: 'ssoDomains.errors.recordMismatch' },
  lookup_failed: { code: 'sso_dns_lookup_failed', status: 503, key: 'ssoDomains.errors.lookupFailed' },
};

export function dnsCheckFailed(reason: DnsCheckError, domain: string) {
  const p = DNS_PROBLEMS[reason];
  return new AppError(p.code, p.status, p.key, { domains: [domain] });
}

/** A decision the claim's current status does not allow (e.g. approving a refused claim). */
export const claimStateConflict = () => new AppError('sso_domain_claim_state', 409, 'ssoDomains.errors.state');
