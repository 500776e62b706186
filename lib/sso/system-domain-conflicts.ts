/**
 * Who else has a stake in an email domain. A system-* module: the answer spans every tenant and
 * the platform's own users. Callers hold the domain-claims lock (system-domain-lock.ts).
 */
import 'server-only';
import type { Prisma } from '../db/client';
import { emailDomain } from './email-domain';
import { domainTaken, emailDomainClaimed } from './domain-claim-errors';
import { lockDomainClaims } from './system-domain-lock';

/**
 * The domains among `domains` that tenant `tenantId` may not claim: a user of another tenant or a
 * platform user (tenantId null) has an address in it, or another tenant holds a pending or
 * verified claim on it. Lower-case domains in, the conflicting ones out (input order).
 */
export async function findDomainConflicts(
  tx: Prisma.TransactionClient,
  tenantId: string,
  domains: string[],
): Promise<string[]> {
  if (domains.length === 0) return [];
  const [users, claims] = await Promise.all([
    tx.user.findMany({
      where: {
        // spelled out: `tenantId: { not: X }` alone would leave out the platform's users (NULL)
        OR: [{ tenantId: null }, { tenantId: { not: tenantId } }],
        AND: { OR: domains.map((d) => ({ email: { endsWith: `@${d}`, mode: 'insensitive' as const } })) },
      },
      select: { email: true },
    }),
    tx.ssoDomainClaim.findMany({
      where: { activeDomain: { in: domains }, tenantId: { not: tenantId } },
      select: { domain: true },
    }),
  ]);
  const taken = new Set([...users.map((u) => emailDomain(u.email ?? '')), ...claims.map((c) => c.domain)]);
  return domains.filter((d) => taken.has(d));
}

/** 409 sso_domain_taken unless every domain is free for this tenant. */
export async function assertDomainsClaimable(tx: Prisma.TransactionClient, tenantId: string, domains: string[]) {
  const conflicts = await findDomainConflicts(tx, tenantId, domains);
  if (conflicts.length > 0) throw domainTaken(conflicts);
}

/**
 * Before a user is created: 409 email_domain_claimed when another tenant (any tenant, for
 * tenantId null = a new tenant) has VERIFIED the email's domain for its SSO — otherwise that
 * tenant's IdP would silently capture the new account's sign-ins. A pending claim does not block
 * the user; it is its verification that then fails. Takes the lock in shared mode; `field` names
 * the form field for the 409.
 */
export async function assertEmailDomainOpen(
  tx: Prisma.TransactionClient,
  email: string | null | undefined,
  tenantId: string | null,
  field: string,
) {
  const domain = email ? emailDomain(email) : null;
  if (!domain) return;
  await lockDomainClaims(tx, 'shared');
  const claim = await tx.ssoDomainClaim.findFirst({
    where: { activeDomain: domain, status: 'verified', ...(tenantId ? { tenantId: { not: tenantId } } : {}) },
    select: { id: true },
  });
  if (claim) throw emailDomainClaimed(domain, field);
}
