// The assets list's health and connectivity columns: newest snapshot and best connectivity per
// asset, read for a whole page at once; another tenant's assets read as nothing.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { ingestSamples } from '../ingest/ingest-samples';
import { saveHealthSnapshot } from '../health/save-health-snapshot';
import { createSignal } from '../plant/create-signal';
import { ZCreateSignal } from '../plant/signal-schemas';
import { newAsset, next, plantWorld } from '../plant/plant-test-helpers';
import { addMapping, bumpRevision, createIntegration, integrationWorld } from '../test/system-integration-fixtures';
import { assetListStatus } from './asset-list-status';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const NOW = new Date('2026-12-01T12:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

it('gives each asset of a page its newest health and the best connectivity of its signals', async () => {
  const { tenant, admin, unit } = await plantWorld();
  const [fresh, stale, silent, bare] = await Promise.all([1, 2, 3, 4].map(() => newAsset(admin, unit.id)));
  const signal = (assetId: string) =>
    createSignal(
      admin,
      ZCreateSignal.parse({ assetId, tag: `TI-${next()}`, kind: 'measurement', sampleIntervalSeconds: 10 }),
    );
  const [a1, a2, b1, c1] = [
    await signal(fresh!.id),
    await signal(fresh!.id),
    await signal(stale!.id),
    await signal(silent!.id),
  ];
  await ingestSamples(tenant.id, [{ signalId: a1!.id, ts: ago(5), value: 1 }], { source: 'live', now: NOW });
  await ingestSamples(tenant.id, [{ signalId: a2!.id, ts: ago(3600), value: 1 }], { source: 'demo', now: NOW });
  await ingestSamples(tenant.id, [{ signalId: b1!.id, ts: ago(3600), value: 1 }], { source: 'demo', now: NOW });
  void c1;
  const snapshot = { horizonHours: 168, factors: [], modelVersion: 'health-v1' };
  await saveHealthSnapshot(tenant.id, {
    ...snapshot,
    assetId: fresh!.id,
    computedAt: ago(600),
    score: 90,
    failureProbability: 0.01,
    status: 'normal',
  });
  await saveHealthSnapshot(tenant.id, {
    ...snapshot,
    assetId: fresh!.id,
    computedAt: ago(60),
    score: 55,
    failureProbability: 0.3,
    status: 'warning',
  });

  const status = await assetListStatus(admin, [fresh!.id, stale!.id, silent!.id, bare!.id], NOW);
  expect(status.get(fresh!.id)).toMatchObject({ connectivity: 'live', health: { score: 55, status: 'warning' } });
  expect(status.get(stale!.id)).toEqual({ connectivity: 'stale', health: null });
  expect(status.get(silent!.id)).toEqual({ connectivity: 'none', health: null });
  expect(status.get(bare!.id)).toEqual({ connectivity: 'none', health: null });

  // Another tenant asking about these assets learns nothing.
  const other = await plantWorld();
  const foreign = await assetListStatus(other.admin, [fresh!.id], NOW);
  expect(foreign.get(fresh!.id)).toEqual({ connectivity: 'none', health: null });
});

it('reads stale for an asset mapped to a real source that delivered nothing; demo or disabled mappings do not count', async () => {
  const { tenantId, integrationId, assetId, signalIds, admin } = await integrationWorld();
  expect((await assetListStatus(admin, [assetId], NOW)).get(assetId)?.connectivity).toBe('none');
  await addMapping(tenantId, integrationId, { externalTag: 'plant/x', signalId: signalIds[0]! });
  expect((await assetListStatus(admin, [assetId], NOW)).get(assetId)?.connectivity).toBe('stale');
  await bumpRevision(tenantId, integrationId, { enabled: false });
  expect((await assetListStatus(admin, [assetId], NOW)).get(assetId)?.connectivity).toBe('none');

  const demo = await createIntegration(tenantId, 'demo');
  await addMapping(tenantId, demo.id, { externalTag: 'XMEAS(1)', signalId: signalIds[0]! });
  expect((await assetListStatus(admin, [assetId], NOW)).get(assetId)?.connectivity).toBe('none');
});
