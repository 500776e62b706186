// Idempotency-Key bookkeeping against a real database: per tenant, replay after completion, 409 for
// another body or while in progress, release on failure, expiry after 24 h, takeover of a stale claim.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant } from '../test/system-fixtures';
import { AppError } from '../http/app-error';
import { tenantDb } from '../db/tenant-db';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  IDEMPOTENCY_TTL_MS,
  PENDING_TAKEOVER_MS,
  releaseIdempotencyKey,
} from './idempotency';

jest.setTimeout(30_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let a: { tenantId: string };
let b: { tenantId: string };

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  a = { tenantId: (await createTenant()).id };
  b = { tenantId: (await createTenant()).id };
});
afterAll(() => closeTestDatabase(testDb));

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => (e instanceof AppError ? `${e.status} ${e.code}` : String(e)),
  );

describe('Idempotency-Key', () => {
  it('replays the stored answer for the same key and body, refuses another body, per tenant', async () => {
    expect(await claimIdempotencyKey(a, 'k1', 'hash-1')).toEqual({ kind: 'new' });
    expect(await codeOf(claimIdempotencyKey(a, 'k1', 'hash-1'))).toBe('409 idempotency_key_in_progress');
    await completeIdempotencyKey(a, 'k1', 202, { accepted: 3 });
    expect(await claimIdempotencyKey(a, 'k1', 'hash-1')).toEqual({
      kind: 'replay',
      status: 202,
      response: { accepted: 3 },
    });
    expect(await codeOf(claimIdempotencyKey(a, 'k1', 'hash-2'))).toBe('409 idempotency_key_reused');
    // Another tenant's key space is its own.
    expect(await claimIdempotencyKey(b, 'k1', 'hash-2')).toEqual({ kind: 'new' });
  });

  it('forgets a released key (the request failed) so the client may retry with it', async () => {
    expect(await claimIdempotencyKey(a, 'k2', 'h')).toEqual({ kind: 'new' });
    await releaseIdempotencyKey(a, 'k2');
    expect(await claimIdempotencyKey(a, 'k2', 'other')).toEqual({ kind: 'new' });
  });

  it('lets a key expire after 24 h and takes over a claim abandoned by a crashed request', async () => {
    const then = new Date(Date.now() - IDEMPOTENCY_TTL_MS - 60_000);
    await claimIdempotencyKey(a, 'k3', 'h', then);
    await completeIdempotencyKey(a, 'k3', 202, { accepted: 1 });
    expect(await claimIdempotencyKey(a, 'k3', 'other')).toEqual({ kind: 'new' });

    await claimIdempotencyKey(a, 'k4', 'h', new Date(Date.now() - PENDING_TAKEOVER_MS - 1000));
    expect(await claimIdempotencyKey(a, 'k4', 'h')).toEqual({ kind: 'new' });
  });

  it('prunes expired keys when a new one is recorded', async () => {
    await claimIdempotencyKey(a, 'old', 'h', new Date(Date.now() - IDEMPOTENCY_TTL_MS - 60_000));
    await claimIdempotencyKey(a, 'fresh', 'h');
    expect(await tenantDb(a).ingestIdempotencyKey.count({ where: { key: 'old' } })).toBe(0);
  });
});
