// The health job end to end on real samples (lib/ingest → lib/timeseries → the model → snapshots):
// a rising vibration is stored as a warning with its factors, stale data as unknown, a turbine gets
// the learned degradation factor, retired assets are skipped and every snapshot stays in its tenant.
import { CMAPSS_INFORMATIVE_SENSORS, parseCmapssRul } from '../datasets/cmapss';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { tenantDb } from '../db/tenant-db';
import { ingestSamples, type SampleInput } from '../ingest/ingest-samples';
import { createSignal } from '../plant/create-signal';
import { updateAsset } from '../plant/update-asset';
import { ZCreateSignal } from '../plant/signal-schemas';
import { newAsset, next, plantWorld } from '../plant/plant-test-helpers';
import type { PlantActor } from '../plant/plant-actor';
import { parseCmapssEngines } from './cmapss/cmapss-engines';
import { latestHealth } from './latest-health';
import { recomputeAllHealth } from './system-recompute-health';

jest.setTimeout(180_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const MINUTE = 60_000;
const NOW = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);

async function vibrationSignal(actor: PlantActor, assetId: string) {
  return createSignal(
    actor,
    ZCreateSignal.parse({
      assetId,
      tag: `VI-${next()}`,
      kind: 'measurement',
      unit: 'mm/s',
      normalLow: 0,
      normalHigh: 4.5,
      warningHigh: 7.1,
      criticalHigh: 11.2,
      sampleIntervalSeconds: 600,
    }),
  );
}

/** One sample every 10 minutes over the 24 h before `end`, value = f(hours before end). */
function samples(signalId: string, end: Date, f: (hoursAgo: number) => number): SampleInput[] {
  return Array.from({ length: 145 }, (_, i) => {
    const minutesAgo = (144 - i) * 10;
    return { signalId, ts: new Date(end.getTime() - minutesAgo * MINUTE), value: f(minutesAgo / 60) };
  });
}

describe('recomputeAllHealth', () => {
  it('stores a snapshot per active asset with its factors; stale data is unknown; tenants stay apart', async () => {
    const a = await plantWorld();
    const b = await plantWorld();
    const rising = await newAsset(a.admin, a.unit.id);
    const stale = await newAsset(a.admin, a.unit.id);
    const retired = await newAsset(a.admin, a.unit.id);
    const theirs = await newAsset(b.admin, b.unit.id);
    const risingSignal = await vibrationSignal(a.admin, rising.id);
    const staleSignal = await vibrationSignal(a.admin, stale.id);
    const theirSignal = await vibrationSignal(b.admin, theirs.id);
    await updateAsset(a.admin, retired.id, { status: 'retired' });

    const ripple = (ago: number) => 0.2 * Math.sin(ago * 7.3);
    await ingestSamples(
      a.tenant.id,
      samples(risingSignal.id, NOW, (ago) => 7.2 - 0.02 * ago + ripple(ago)),
      {
        source: 'demo',
        now: NOW,
      },
    );
    const threeHoursAgo = new Date(NOW.getTime() - 180 * MINUTE);
    await ingestSamples(
      a.tenant.id,
      samples(staleSignal.id, threeHoursAgo, () => 2),
      { source: 'demo', now: NOW },
    );
    await ingestSamples(
      b.tenant.id,
      samples(theirSignal.id, NOW, () => 2),
      { source: 'demo', now: NOW },
    );

    const result = await recomputeAllHealth(NOW);
    expect(result.failed).toBe(0);

    const latest = await latestHealth(a.tenant.id, [rising.id, stale.id, retired.id, theirs.id]);
    expect([...latest.keys()].sort()).toEqual([rising.id, stale.id].sort());

    const warning = latest.get(rising.id)!;
    expect(warning).toMatchObject({ status: 'warning', horizonHours: 168, modelVersion: 'health-v1' });
    expect(warning.computedAt).toEqual(NOW);
    expect(warning.score!).toBeLessThan(70);
    const band = warning.factors.find((f) => f.kind === 'band_excursion');
    expect(band).toMatchObject({ signalId: risingSignal.id, level: 'warning', limit: 7.1 });
    const trend = warning.factors.find((f) => f.kind === 'trend_to_limit');
    expect(trend).toMatchObject({ signalId: risingSignal.id, limit: 11.2, limitLevel: 'critical' });
    expect(trend!.slopePerHour as number).toBeCloseTo(0.02, 2);

    expect(latest.get(stale.id)).toMatchObject({ status: 'unknown', score: null, failureProbability: null });
    expect(latest.get(stale.id)!.factors).toEqual([
      expect.objectContaining({ kind: 'stale_data', signalId: staleSignal.id, ageHours: 3 }),
    ]);

    expect((await latestHealth(b.tenant.id, [theirs.id])).get(theirs.id)).toMatchObject({
      status: 'normal',
      score: 100,
    });
    expect(await tenantDb({ tenantId: b.tenant.id }).assetHealthSnapshot.count({ where: { assetId: rising.id } })).toBe(
      0,
    );
  });

  it('runs the learned degradation model on a turbine whose signals replay a C-MAPSS engine', async () => {
    const dir = path.join(process.cwd(), 'data', 'cmapss');
    const engines = parseCmapssEngines(readFileSync(path.join(dir, 'test_FD001.txt'), 'utf8'));
    const rul = parseCmapssRul(readFileSync(path.join(dir, 'RUL_FD001.txt'), 'utf8'));
    const engine = engines[rul.indexOf(Math.min(...rul))]!; // the test engine closest to failure
    const { tenant, admin, unit } = await plantWorld();
    const turbine = await newAsset(admin, unit.id, {
      type: 'turbine',
      tag: `GT-${next()}`,
      metadata: { hoursPerCycle: 4 },
    });
    const rows: SampleInput[] = [];
    for (const { tag: mnemonic } of CMAPSS_INFORMATIVE_SENSORS) {
      const signal = await createSignal(
        admin,
        ZCreateSignal.parse({
          assetId: turbine.id,
          tag: `${turbine.tag}.${mnemonic}`,
          kind: 'measurement',
          sampleIntervalSeconds: 60,
        }),
      );
      const values = engine.sensors[mnemonic].slice(-40); // one sample a minute = one cycle
      values.forEach((value, i) =>
        rows.push({ signalId: signal.id, ts: new Date(NOW.getTime() - (39 - i) * MINUTE), value }),
      );
    }
    await ingestSamples(tenant.id, rows, { source: 'demo', now: NOW });

    await recomputeAllHealth(NOW);
    const snapshot = (await latestHealth(tenant.id, [turbine.id])).get(turbine.id)!;
    expect(snapshot).toMatchObject({ status: 'critical', modelVersion: 'health-v1+turbine-cmapss-fd001-v1' });
    const degradation = snapshot.factors.find((f) => f.kind === 'degradation')!;
    expect(degradation.rulCycles as number).toBeLessThan(30);
    expect(snapshot.failureProbability!).toBeGreaterThan(0.8);
  });
});
