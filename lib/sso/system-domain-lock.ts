/**
 * One transaction-scoped advisory lock orders everything that decides who may use an email
 * domain. Claim changes (save, verify, approve) take it exclusively, so two of them never decide
 * on stale facts; user creations take it shared, so they run side by side but never interleave
 * with a claim being verified (which checks that no other tenant's user sits in the domain,
 * while the creation checks that no other tenant verified it).
 */
import 'server-only';
import type { Prisma } from '../db/client';

/** Any constant shared by all callers; the value only has to be unique within this app. */
const DOMAIN_LOCK = 4_242_001;

export async function lockDomainClaims(tx: Prisma.TransactionClient, mode: 'exclusive' | 'shared') {
  if (mode === 'exclusive') await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DOMAIN_LOCK}::bigint)`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${DOMAIN_LOCK}::bigint)`;
}
