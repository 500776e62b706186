// Stored health snapshots: what is saved comes back (with its factors), latestHealth and the asset
// health API read the newest per asset, viewers may read, another tenant's asset is 404 and never
// leaks through latestHealth, and an asset's snapshots go with it when it is deleted.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { deleteAsset } from '../plant/delete-asset';
import { actorIn, appError, newAsset, plantWorld } from '../plant/plant-test-helpers';
import { getAssetHealth } from './get-asset-health';
import type { HealthSnapshot } from './health-types';
import { latestHealth } from './latest-health';
import { saveHealthSnapshot } from './save-health-snapshot';

jest.setTimeout(120_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const HOUR = 3_600_000;
const T0 = new Date('2026-06-01T00:00:00Z');

function snapshot(assetId: string, hoursAfter: number, overrides: Partial<HealthSnapshot> = {}): HealthSnapshot {
  return {
    assetId,
    computedAt: new Date(T0.getTime() + hoursAfter * HOUR),
    score: 64.2,
    failureProbability: 0.12,
    horizonHours: 168,
    status: 'warning',
    factors: [
      {
        kind: 'band_excursion',
        signalId: null,
        level: 'warning',
        deviation: 1.2,
        limit: 7.1,
        severity: 0.6,
        weight: 0.7,
      },
    ],
    modelVersion: 'health-v1',
    ...overrides,
  };
}

describe('asset health snapshots', () => {
  it('stores a snapshot with its factors and reads back the newest per asset', async () => {
    const { tenant, admin, unit } = await plantWorld();
    const a = await newAsset(admin, unit.id);
    const b = await newAsset(admin, unit.id);
    const quiet = await newAsset(admin, unit.id);
    await saveHealthSnapshot(tenant.id, snapshot(a.id, 2, { score: 50 }));
    await saveHealthSnapshot(tenant.id, snapshot(a.id, 1, { score: 90, status: 'normal', factors: [] }));
    await saveHealthSnapshot(
      tenant.id,
      snapshot(b.id, 1, { score: null, failureProbability: null, status: 'unknown' }),
    );

    const latest = await latestHealth(tenant.id, [a.id, b.id, quiet.id]);
    expect([...latest.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(latest.get(a.id)).toEqual(snapshot(a.id, 2, { score: 50 }));
    expect(latest.get(b.id)).toMatchObject({ status: 'unknown', score: null, failureProbability: null });
  });

  it('lets a viewer read latest and history in a range; from after to is 400', async () => {
    const { tenant, admin, unit } = await plantWorld();
    const asset = await newAsset(admin, unit.id);
    for (const h of [0, 24, 48, 72]) await saveHealthSnapshot(tenant.id, snapshot(asset.id, h, { score: 100 - h }));
    const viewer = actorIn(tenant.id, 'viewer');

    const range = {
      from: new Date(T0.getTime() + 24 * HOUR).toISOString(),
      to: new Date(T0.getTime() + 48 * HOUR).toISOString(),
    };
    const answer = await getAssetHealth(viewer, asset.id, range);
    expect(answer.latest).toMatchObject({ score: 28 });
    expect(answer.history.map((s) => s.score)).toEqual([76, 52]);
    expect(answer.history[0]!.factors).toEqual(snapshot(asset.id, 0).factors);

    const defaultRange = await getAssetHealth(viewer, asset.id, {}, new Date(T0.getTime() + 200 * HOUR));
    expect(defaultRange.history.map((s) => s.score)).toEqual([52, 28]); // the last 7 days before "now"

    const bad = await appError(getAssetHealth(viewer, asset.id, { from: range.to, to: range.from }));
    expect(bad).toMatchObject({ status: 400, code: 'invalid_range' });
  });

  it('answers null and an empty history for an asset never computed', async () => {
    const { tenant, admin, unit } = await plantWorld();
    const asset = await newAsset(admin, unit.id);
    await expect(getAssetHealth(actorIn(tenant.id, 'viewer'), asset.id, {})).resolves.toEqual({
      latest: null,
      history: [],
    });
  });

  it("keeps tenants apart: another tenant's asset is 404 and absent from latestHealth", async () => {
    const mine = await plantWorld();
    const theirs = await plantWorld();
    const asset = await newAsset(theirs.admin, theirs.unit.id);
    await saveHealthSnapshot(theirs.tenant.id, snapshot(asset.id, 1));

    const error = await appError(getAssetHealth(actorIn(mine.tenant.id, 'tenant_admin'), asset.id, {}));
    expect(error).toMatchObject({ status: 404 });
    expect(await appError(getAssetHealth(actorIn(mine.tenant.id, 'viewer'), 'not-a-uuid', {}))).toMatchObject({
      status: 404,
    });
    expect((await latestHealth(mine.tenant.id, [asset.id])).size).toBe(0);
    expect((await latestHealth(theirs.tenant.id, [asset.id])).size).toBe(1);
  });

  it('deletes an asset together with its snapshots (derived data never blocks the delete)', async () => {
    const { tenant, admin, unit } = await plantWorld();
    const asset = await newAsset(admin, unit.id);
    await saveHealthSnapshot(tenant.id, snapshot(asset.id, 1, { status: 'unknown', score: null }));
    await deleteAsset(admin, asset.id);
    expect((await latestHealth(tenant.id, [asset.id])).size).toBe(0);
  });
});
