// The demo simulator's writes through lib/ingest: a step stores the TEP signals at now with source
// `demo`, values move on from step to step and across a restart, and the backfill is idempotent.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant } from '../test/system-fixtures';
import { db } from '../db/client';
import { loadTepRun } from '../datasets/tep';
import { latestValues } from '../timeseries/latest-values';
import { seedDemoPlant } from './system-seed-demo-plant';
import { runDemoBackfill, runDemoReplayStep } from './system-demo-ingest';
import { demoEnv } from './demo-env';

jest.setTimeout(180_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const settings = demoEnv({ DEMO_BACKFILL_DAYS: '1', DEMO_BACKFILL_STEP_SECONDS: '900' });

async function demoTenant(seededAt: Date) {
  const tenant = await createTenant();
  await seedDemoPlant(tenant.id, { now: seededAt, settings });
  const signals = await db().signal.findMany({ where: { tenantId: tenant.id }, select: { id: true, tag: true } });
  const tep = signals.filter((s) => /^XM(EAS|V)\(/.test(s.tag));
  return { tenantId: tenant.id, tep, idOf: new Map(signals.map((s) => [s.tag, s.id])) };
}

const sampleCount = async (tenantId: string) =>
  Number(
    (
      await db().$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM signal_samples WHERE tenant_id = ${tenantId}::uuid`
    )[0]!.n,
  );

describe('demo replay step through lib/ingest', () => {
  it('stores a value for each of the 52 TEP signals at now, source demo, that changes at the next step', async () => {
    const t0 = new Date();
    const { tenantId, tep, idOf } = await demoTenant(t0);
    await runDemoReplayStep(t0, settings);
    const first = await latestValues(
      tenantId,
      tep.map((s) => s.id),
    );
    expect(first.size).toBe(52);
    for (const value of first.values()) {
      expect(value.ts).toEqual(t0);
      expect(value.source).toBe('demo');
    }
    const t1 = new Date(t0.getTime() + 2000);
    await runDemoReplayStep(t1, settings);
    const second = await latestValues(
      tenantId,
      tep.map((s) => s.id),
    );
    const changed = tep.filter((s) => second.get(s.id)!.value !== first.get(s.id)!.value);
    expect(changed.length).toBeGreaterThan(30);
    const run = loadTepRun('d00_te');
    expect(second.get(idOf.get('XMEAS(7)')!)).toMatchObject({ ts: t1, value: run[1]![6] });
  });

  it('continues after a restart from the stored position, not from the start of the run', async () => {
    const t0 = new Date(Date.now() - 60_000);
    const { tenantId, idOf } = await demoTenant(t0);
    for (let i = 0; i < 3; i++) await runDemoReplayStep(new Date(t0.getTime() + i * 5000), settings);
    // a new worker process knows nothing but the database
    jest.resetModules();
    const fresh = (await import('./system-demo-ingest')) as typeof import('./system-demo-ingest');
    const t3 = new Date(t0.getTime() + 15_000);
    await fresh.runDemoReplayStep(t3, settings);
    const latest = await latestValues(tenantId, [idOf.get('XMEAS(9)')!]);
    expect(latest.get(idOf.get('XMEAS(9)')!)).toMatchObject({ ts: t3, value: loadTepRun('d00_te')[3]![8] });
  });
});

describe('demo backfill through lib/ingest', () => {
  it('writes the whole range once; replaying the same range again inserts nothing', async () => {
    const seededAt = new Date(Date.now() - 3_600_000);
    const { tenantId } = await demoTenant(seededAt);
    await db().demoBackfill.updateMany({ where: { tenantId: { not: tenantId } }, data: { finishedAt: new Date() } });
    const signals = await db().signal.count({ where: { tenantId } });

    const first = await runDemoBackfill({ batchSamples: 5_000 });
    expect(first.remaining).toBe(false);
    // one day at 15 minutes: 96 rows of every signal
    expect(first.samples).toBe(96 * signals);
    expect(await sampleCount(tenantId)).toBe(96 * signals);

    await db().demoBackfill.update({ where: { tenantId }, data: { cursorTs: seededAt, finishedAt: null } });
    const again = await runDemoBackfill({ batchSamples: 5_000 });
    expect(again.samples).toBe(0);
    expect(await sampleCount(tenantId)).toBe(96 * signals);
  });

  it('stops after its time slice with work left, and resumes from the stored cursor', async () => {
    const seededAt = new Date(Date.now() - 3_600_000);
    const { tenantId } = await demoTenant(seededAt);
    await db().demoBackfill.updateMany({ where: { tenantId: { not: tenantId } }, data: { finishedAt: new Date() } });
    const slice = await runDemoBackfill({ batchSamples: 1_000, untilMs: 0 });
    expect(slice).toMatchObject({ batches: 1, remaining: true });
    const cursor = (await db().demoBackfill.findUniqueOrThrow({ where: { tenantId } })).cursorTs;
    expect(cursor.getTime()).toBeLessThan(seededAt.getTime());
    const rest = await runDemoBackfill({ batchSamples: 1_000 });
    expect(rest.remaining).toBe(false);
    const signals = await db().signal.count({ where: { tenantId } });
    expect(await sampleCount(tenantId)).toBe(96 * signals);
  });
});

describe('the demo replay as an integration', () => {
  const demoIntegration = (tenantId: string) =>
    db().integration.findMany({ where: { tenantId, kind: 'demo' }, select: { id: true, status: true, name: true } });
  const provenance = async (tenantId: string, signalId: string) =>
    await db().signalLatest.findUniqueOrThrow({
      where: { tenantId_signalId: { tenantId, signalId } },
      select: { integrationId: true, externalTag: true, ts: true },
    });

  it('is seeded once per demo tenant, writes with its id and the signal tag, and pauses while disabled', async () => {
    const t0 = new Date();
    const { tenantId, idOf } = await demoTenant(t0);
    await seedDemoPlant(tenantId, { now: t0, settings }); // idempotent
    const [integration, ...more] = await demoIntegration(tenantId);
    expect(more).toEqual([]);
    expect(integration).toMatchObject({ name: 'Demo replay', status: 'pending' });

    await runDemoReplayStep(t0, settings);
    const xmeas1 = idOf.get('XMEAS(1)')!;
    expect(await provenance(tenantId, xmeas1)).toEqual({
      integrationId: integration!.id,
      externalTag: 'XMEAS(1)',
      ts: t0,
    });
    const running = await db().integration.findFirstOrThrow({ where: { id: integration!.id } });
    expect(running.status).toBe('connected');
    expect(Number(running.samplesInserted)).toBeGreaterThanOrEqual(52);
    expect(running.lastDataAt).toEqual(t0);

    await db().integration.update({
      where: { tenantId_id: { tenantId, id: integration!.id } },
      data: { enabled: false },
    });
    const before = await db().demoReplay.findMany({ where: { tenantId }, orderBy: { stream: 'asc' } });
    const t1 = new Date(t0.getTime() + 5000);
    await runDemoReplayStep(t1, settings);
    expect((await provenance(tenantId, xmeas1)).ts).toEqual(t0);
    expect(await db().demoReplay.findMany({ where: { tenantId }, orderBy: { stream: 'asc' } })).toEqual(before);
    expect((await demoIntegration(tenantId))[0]!.status).toBe('disabled');

    await db().integration.update({
      where: { tenantId_id: { tenantId, id: integration!.id } },
      data: { enabled: true },
    });
    await runDemoReplayStep(t1, settings);
    expect((await provenance(tenantId, xmeas1)).ts).toEqual(t1);
    expect((await demoIntegration(tenantId))[0]!.status).toBe('connected');
  });
});
