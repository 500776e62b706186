/**
 * What a tenant publishes to prove an email domain is theirs, and how a claim looks to the API
 * and the pages. Safe for client code (no server imports).
 *
 * The proof is a TXT record at `_optria-challenge.<domain>` whose value is
 * `optria-verification=<token>`; the token is new for every claim. A subdomain of its own (like
 * ACME's `_acme-challenge`) keeps the apex's TXT records (SPF, other vendors) untouched.
 */
export const CHALLENGE_LABEL = '_optria-challenge';
export const TOKEN_PREFIX = 'optria-verification=';

export const txtRecordName = (domain: string) => `${CHALLENGE_LABEL}.${domain}`;
export const txtRecordValue = (token: string) => `${TOKEN_PREFIX}${token}`;

export const DOMAIN_CLAIM_STATUSES = ['pending', 'verified', 'refused', 'revoked'] as const;
export type DomainClaimStatus = (typeof DOMAIN_CLAIM_STATUSES)[number];
export type DomainVerificationMethod = 'dns_txt' | 'owner_approval';
/** Why the last DNS check did not verify the claim. */
export type DnsCheckError = 'not_found' | 'mismatch' | 'lookup_failed';

/** Pending and verified claims hold their domain: nobody else may claim it meanwhile. */
export const isLiveClaim = (status: DomainClaimStatus) => status === 'pending' || status === 'verified';

export interface DomainClaimView {
  id: string;
  domain: string;
  status: DomainClaimStatus;
  /** how it was verified; null until then */
  method: DomainVerificationMethod | null;
  verifiedAt: Date | null;
  /** the TXT record that proves it */
  record: { name: string; value: string };
  lastCheckAt: Date | null;
  lastCheckError: DnsCheckError | null;
}

interface StoredClaim {
  id: string;
  domain: string;
  status: DomainClaimStatus;
  method: DomainVerificationMethod | null;
  verificationToken: string;
  verifiedAt: Date | null;
  lastCheckAt: Date | null;
  lastCheckError: string | null;
}

export function toDomainClaimView(row: StoredClaim): DomainClaimView {
  return {
    id: row.id,
    domain: row.domain,
    status: row.status,
    method: row.method,
    verifiedAt: row.verifiedAt,
    record: { name: txtRecordName(row.domain), value: txtRecordValue(row.verificationToken) },
    lastCheckAt: row.lastCheckAt,
    lastCheckError: (row.lastCheckError as DnsCheckError | null) ?? null,
  };
}

/** Whether TXT records (each one a list of character-strings, as DNS returns them) carry the token. */
export function txtRecordsProve(records: string[][], token: string): boolean {
  const expected = txtRecordValue(token);
  return records.some((chunks) => chunks.join('').trim() === expected);
}
