/**
 * Idempotency-Key for POST /api/v1/ingest, per tenant, kept 24 h (ingest_idempotency_keys):
 * - claim() before ingesting: a new key is recorded as "in progress" with the request's hash;
 * - the same key and hash after completion → `replay` with the stored status and response;
 * - the same key with another hash → 409 `idempotency_key_reused`;
 * - the same key while the first request still runs → 409 `idempotency_key_in_progress`
 *   (one left "in progress" by a crashed process is taken over after PENDING_TAKEOVER_MS);
 * - complete() stores the answer; release() forgets the key when the request failed, so the
 *   client may retry with it. Expired keys are pruned when a new one is recorded.
 */
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { AppError } from '../http/app-error';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const PENDING_TAKEOVER_MS = 5 * 60 * 1000;

export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; response: unknown };

const isUniqueViolation = (e: unknown) => (e as { code?: unknown } | null)?.code === 'P2002';

export async function claimIdempotencyKey(
  scope: TenantScope,
  key: string,
  requestHash: string,
  now = new Date(),
): Promise<Claim> {
  const tdb = tenantDb(scope);
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await tdb.ingestIdempotencyKey.findFirst({ where: { key } });
    if (existing) {
      const age = now.getTime() - existing.createdAt.getTime();
      if (age > IDEMPOTENCY_TTL_MS || (existing.status === null && age > PENDING_TAKEOVER_MS)) {
        await tdb.ingestIdempotencyKey.deleteMany({ where: { key, createdAt: existing.createdAt } });
        continue;
      }
      if (existing.requestHash !== requestHash) {
        throw new AppError('idempotency_key_reused', 409, 'ingestApi.errors.idempotencyKeyReused');
      }
      if (existing.status === null) break;
      return { kind: 'replay', status: existing.status, response: existing.response };
    }
    try {
      await tdb.ingestIdempotencyKey.create({ data: { tenantId: scope.tenantId!, key, requestHash, createdAt: now } });
      await tdb.ingestIdempotencyKey.deleteMany({
        where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } },
      });
      return { kind: 'new' };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError('idempotency_key_in_progress', 409, 'ingestApi.errors.idempotencyKeyInProgress');
}

export async function completeIdempotencyKey(scope: TenantScope, key: string, status: number, response: unknown) {
  await tenantDb(scope).ingestIdempotencyKey.updateMany({
    where: { key, status: null },
    // stored as plain JSON (what the client got)
    data: { status, response: JSON.parse(JSON.stringify(response)) },
  });
}

export async function releaseIdempotencyKey(scope: TenantScope, key: string) {
  await tenantDb(scope).ingestIdempotencyKey.deleteMany({ where: { key, status: null } });
}
