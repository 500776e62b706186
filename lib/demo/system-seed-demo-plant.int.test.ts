// The demo plant seed: counts (2 sites, 6 units, ~60 assets, the TEP unit's 52 signals with units
// and ordered limits, process-flow links), replay streams and backfill range, and idempotence.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant } from '../test/system-fixtures';
import { db } from '../db/client';
import { limitOrderErrors } from '../plant/signal-schemas';
import { loadTepVariables } from '../datasets/tep';
import { seedDemo } from './system-seed-demo';
import { seedDemoPlant } from './system-seed-demo-plant';
import { demoEnv } from './demo-env';

jest.setTimeout(120_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

/** Every plant row of a tenant, comparable across runs. */
async function snapshot(tenantId: string) {
  const where = { where: { tenantId } };
  const [sites, units, assets, links, signals, replays, backfills] = await Promise.all([
    db().site.findMany({ ...where, orderBy: { id: 'asc' } }),
    db().unit.findMany({ ...where, orderBy: { id: 'asc' } }),
    db().asset.findMany({ ...where, orderBy: { id: 'asc' } }),
    db().assetLink.findMany({ ...where, orderBy: { id: 'asc' } }),
    db().signal.findMany({ ...where, orderBy: { id: 'asc' } }),
    db().demoReplay.findMany({ ...where, orderBy: { stream: 'asc' } }),
    db().demoBackfill.findMany(where),
  ]);
  return { sites, units, assets, links, signals, replays, backfills };
}

describe('seedDemo (the demo tenant)', () => {
  it('adds the plant: 2 sites, 6 units, ~60 assets with names in both languages', async () => {
    const { tenantId } = await seedDemo();
    const plant = await snapshot(tenantId);
    expect(plant.sites.map((s) => s.code).sort()).toEqual(['JUB', 'YNB']);
    expect(plant.units).toHaveLength(6);
    expect(plant.assets.length).toBeGreaterThanOrEqual(55);
    expect(plant.assets.length).toBeLessThanOrEqual(65);
    for (const asset of plant.assets) {
      expect(asset.nameAr).toMatch(/[\u0600-\u06FF]/);
      expect(asset.nameEn).toMatch(/[A-Za-z]/);
    }
  });

  it('gives the TEP unit its equipment, 52 signals with units and ordered limits, and process-flow links', async () => {
    const { tenantId } = await seedDemo();
    const plant = await snapshot(tenantId);
    const tepUnit = plant.units.find((u) => u.code === 'TEP-100')!;
    const tepAssets = plant.assets.filter((a) => a.unitId === tepUnit.id);
    const tagOf = new Map(plant.assets.map((a) => [a.id, a.tag]));
    expect(tepAssets.map((a) => a.type)).toEqual(
      expect.arrayContaining(['reactor', 'heat_exchanger', 'vessel', 'compressor', 'column', 'line', 'valve']),
    );
    const tepIds = new Set(tepAssets.map((a) => a.id));
    const tepSignals = plant.signals.filter((s) => tepIds.has(s.assetId));
    expect(tepSignals).toHaveLength(52);
    // Each tag carries the unit variables.csv gives it (degC shown as °C).
    const unitInFile = new Map(loadTepVariables().map((v) => [v.tag, v.unit === 'degC' ? '°C' : v.unit]));
    for (const signal of tepSignals) {
      expect([signal.tag, signal.unit]).toEqual([signal.tag, unitInFile.get(signal.tag)]);
      expect(signal.normalLow).not.toBeNull();
      expect(signal.criticalHigh).not.toBeNull();
      expect(limitOrderErrors(signal)).toEqual([]);
    }
    const reactorPressure = tepSignals.find((s) => s.tag === 'XMEAS(7)')!;
    expect(tagOf.get(reactorPressure.assetId)).toBe('R-101');
    expect(reactorPressure.unit).toBe('kPa gauge');
    // normal operation near 2705 kPa gauge
    expect(reactorPressure.normalLow!).toBeLessThan(2705);
    expect(reactorPressure.normalHigh!).toBeGreaterThan(2705);
    expect(reactorPressure.kind).toBe('measurement');
    expect(tepSignals.find((s) => s.tag === 'XMV(10)')?.kind).toBe('manipulated_variable');

    const links = plant.links.map((l) => `${tagOf.get(l.fromAssetId)}>${tagOf.get(l.toAssetId)}:${l.medium}`);
    expect(links).toEqual(
      expect.arrayContaining([
        'FL-101>R-101:feed',
        'R-101>E-101:product',
        'V-101>K-101:recycle',
        'K-101>R-101:recycle',
        'V-101>PV-101:purge',
        'CWV-101>R-101:cooling_water',
      ]),
    );
  });

  it('gives the gas turbines C-MAPSS signals and every other pump, tank and exchanger a simulated one', async () => {
    const { tenantId } = await seedDemo();
    const plant = await snapshot(tenantId);
    const assetOf = new Map(plant.assets.map((a) => [a.id, a]));
    const turbines = plant.assets.filter((a) => a.type === 'turbine').map((a) => a.tag);
    expect(turbines.sort()).toEqual(['GT-701', 'GT-702']);
    for (const tag of turbines) {
      const signals = plant.signals.filter((s) => assetOf.get(s.assetId)?.tag === tag);
      expect(signals.map((s) => s.tag)).toContain(`${tag}.T50`);
      expect(signals).toHaveLength(14);
    }
    const withSignals = new Set(plant.signals.map((s) => s.assetId));
    for (const asset of plant.assets.filter((a) => ['pump', 'tank', 'heat_exchanger'].includes(a.type))) {
      expect({ asset: asset.tag, hasSignal: withSignals.has(asset.id) }).toEqual({ asset: asset.tag, hasSignal: true });
    }
    expect(plant.replays.map((r) => [r.stream, r.sourceId, r.position])).toEqual([
      ['GT-701', 'cmapss:FD001:69:31-150', 0],
      ['GT-702', 'cmapss:FD001:92:302-341', 0],
      ['TEP-100', 'tep:d00_te', 0],
    ]);
    expect(plant.backfills).toHaveLength(1);
  });

  it('changes nothing when run again (same rows, same ids, same values)', async () => {
    const { tenantId } = await seedDemo();
    const before = await snapshot(tenantId);
    await seedDemo();
    await seedDemoPlant(tenantId, { now: new Date(Date.now() + 3_600_000) });
    expect(await snapshot(tenantId)).toEqual(before);
  });

  it('seeds another tenant independently, and sets a 90-day backfill range ending now', async () => {
    const tenant = await createTenant();
    const now = new Date('2026-06-01T00:00:00Z');
    await seedDemoPlant(tenant.id, { now, settings: demoEnv({}) });
    const plant = await snapshot(tenant.id);
    expect(plant.assets.length).toBeGreaterThanOrEqual(55);
    expect(plant.backfills[0]).toMatchObject({
      toTs: now,
      cursorTs: now,
      fromTs: new Date('2026-03-03T00:00:00Z'),
      stepSeconds: 600,
      finishedAt: null,
    });
  });
});
