// The demo replay's live steps and backfill batches: which rows they take, how the streams move
// on and where a restart continues (positions and cursors in the database).
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant } from '../test/system-fixtures';
import { db } from '../db/client';
import { loadTepRun } from '../datasets/tep';
import { replaySource } from './replay-sources';
import { seedDemoPlant } from './system-seed-demo-plant';
import { switchReplaySource, takeLiveStep } from './system-demo-replay';
import { commitBackfillBatch, takeBackfillBatch } from './system-demo-backfill';
import { demoEnv } from './demo-env';

jest.setTimeout(120_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const settings = demoEnv({
  DEMO_CMAPSS_CYCLE_SECONDS: '60',
  DEMO_BACKFILL_DAYS: '1',
  DEMO_BACKFILL_STEP_SECONDS: '600',
});

async function demoTenant(seededAt: Date) {
  const tenant = await createTenant();
  await seedDemoPlant(tenant.id, { now: seededAt, settings });
  const signals = await db().signal.findMany({ where: { tenantId: tenant.id }, select: { id: true, tag: true } });
  return { tenantId: tenant.id, idOf: new Map(signals.map((s) => [s.tag, s.id])), signalCount: signals.length };
}

const position = async (tenantId: string, stream: string) =>
  (await db().demoReplay.findUniqueOrThrow({ where: { tenantId_stream: { tenantId, stream } } })).position;

/** Only one tenant with replays per file would be simpler, but other tests seed too: filter. */
const forTenant = (steps: Awaited<ReturnType<typeof takeLiveStep>>, tenantId: string) =>
  steps.find((s) => s.tenantId === tenantId)!.samples;

describe('live steps', () => {
  it('write the TEP run row by row at now, for all 52 TEP signals, and move the position on', async () => {
    const t0 = new Date();
    const { tenantId, idOf } = await demoTenant(t0);
    const run = loadTepRun('d00_te');
    const first = forTenant(await takeLiveStep(t0, settings), tenantId);
    const t1 = new Date(t0.getTime() + 5000);
    const second = forTenant(await takeLiveStep(t1, settings), tenantId);

    const pressure = idOf.get('XMEAS(7)')!;
    const sample = (ts: Date, value: number) => ({ signalId: pressure, ts, value, externalTag: 'XMEAS(7)' });
    expect(first.find((s) => s.signalId === pressure)).toEqual(sample(t0, run[0]![6]!));
    expect(second.find((s) => s.signalId === pressure)).toEqual(sample(t1, run[1]![6]!));
    const tepIds = [...idOf].filter(([tag]) => /^XM(EAS|V)\(/.test(tag)).map(([, id]) => id);
    expect(tepIds).toHaveLength(52);
    expect(new Set(first.filter((s) => tepIds.includes(s.signalId)).map((s) => s.signalId)).size).toBe(52);
    expect(first.every((s) => s.ts === t0)).toBe(true);
    expect(await position(tenantId, 'TEP-100')).toBe(2);
  });

  it('continue where they stopped (position from the database) and wrap at the end of the run', async () => {
    const t0 = new Date();
    const { tenantId, idOf } = await demoTenant(t0);
    await db().demoReplay.update({
      where: { tenantId_stream: { tenantId, stream: 'TEP-100' } },
      data: { position: 959 },
    });
    const run = loadTepRun('d00_te');
    const last = forTenant(await takeLiveStep(t0, settings), tenantId);
    const wrapped = forTenant(await takeLiveStep(new Date(t0.getTime() + 5000), settings), tenantId);
    const temperature = idOf.get('XMEAS(9)')!;
    expect(last.find((s) => s.signalId === temperature)?.value).toBe(run[959]![8]);
    expect(wrapped.find((s) => s.signalId === temperature)?.value).toBe(run[0]![8]);
    expect(await position(tenantId, 'TEP-100')).toBe(1);
  });

  it('advance a gas turbine one engine cycle per DEMO_CMAPSS_CYCLE_SECONDS, writing its values every step', async () => {
    const t0 = new Date();
    const { tenantId, idOf } = await demoTenant(t0);
    const t50 = idOf.get('GT-702.T50')!;
    const engine = replaySource('cmapss:FD001:92:302-341');
    const at = async (seconds: number) =>
      forTenant(await takeLiveStep(new Date(t0.getTime() + seconds * 1000), settings), tenantId).find(
        (s) => s.signalId === t50,
      )?.value;
    expect(await at(5)).toBe(engine.row(0)[2]);
    expect(await at(30)).toBe(engine.row(0)[2]);
    expect(await at(61)).toBe(engine.row(1)[2]);
    expect(await position(tenantId, 'GT-702')).toBe(1);
    // the early-life engine runs cooler at the LPT outlet than the one about to fail
    const gt701 = forTenant(await takeLiveStep(new Date(t0.getTime() + 62_000), settings), tenantId).find(
      (s) => s.signalId === idOf.get('GT-701.T50'),
    );
    expect(gt701!.value).toBeLessThan(engine.row(1)[2]!);
  });

  it('follow a switched source (a demo incident replays a fault run from its first row)', async () => {
    const t0 = new Date();
    const { tenantId, idOf } = await demoTenant(t0);
    await switchReplaySource(tenantId, 'TEP-100', 'tep:d01_te');
    const samples = forTenant(await takeLiveStep(t0, settings), tenantId);
    expect(samples.find((s) => s.signalId === idOf.get('XMEAS(1)'))?.value).toBe(loadTepRun('d01_te')[0]![0]);
    await expect(switchReplaySource(tenantId, 'TEP-100', 'tep:d99')).rejects.toThrow(/unknown replay source/);
  });

  it('write the simulated signals of pumps and tanks too (deterministic values inside the normal band)', async () => {
    const t0 = new Date();
    const { tenantId, idOf } = await demoTenant(t0);
    const samples = forTenant(await takeLiveStep(t0, settings), tenantId);
    const level = samples.find((s) => s.signalId === idOf.get('TK-301.LI'));
    expect(level?.value).toBeGreaterThan(44);
    expect(level?.value).toBeLessThan(76);
    expect(samples.find((s) => s.signalId === idOf.get('P-811A.VI'))).toBeDefined();
  });
});

describe('backfill batches', () => {
  it('go newest first, from the live start back to the range start, in bounded batches, then finish', async () => {
    // other tenants of this file have backfills too: finish theirs first
    const seededAt = new Date('2026-05-01T12:00:00Z');
    const { tenantId, signalCount } = await demoTenant(seededAt);
    await db().demoBackfill.updateMany({ where: { tenantId: { not: tenantId } }, data: { finishedAt: new Date() } });

    const first = (await takeBackfillBatch(signalCount * 10))!;
    expect(first.tenantId).toBe(tenantId);
    expect(first.cursor).toEqual(seededAt);
    // 10 rows, 600 s apart, the newest one step before the live start
    expect(first.nextCursor).toEqual(new Date(seededAt.getTime() - 10 * 600_000));
    const times = [...new Set(first.samples.map((s) => s.ts.getTime()))];
    expect(times).toHaveLength(10);
    expect(Math.max(...times)).toBe(seededAt.getTime() - 600_000);
    expect(first.samples.length).toBe(10 * signalCount);
    expect(first.finished).toBe(false);

    // not committed yet: a restart takes the same batch again
    expect((await takeBackfillBatch(signalCount * 10))!.nextCursor).toEqual(first.nextCursor);
    expect(await commitBackfillBatch(first)).toBe(true);
    expect(await commitBackfillBatch(first)).toBe(false); // a second worker's copy of the same batch

    let batch = await takeBackfillBatch(signalCount * 100);
    let rows = 10;
    while (batch) {
      rows += new Set(batch.samples.map((s) => s.ts.getTime())).size;
      expect(await commitBackfillBatch(batch)).toBe(true);
      if (batch.finished) break;
      batch = await takeBackfillBatch(signalCount * 100);
    }
    // one day at 10 minutes: 144 rows, the oldest exactly at the range start
    expect(rows).toBe(144);
    const done = await db().demoBackfill.findUniqueOrThrow({ where: { tenantId } });
    expect(done.cursorTs).toEqual(new Date(seededAt.getTime() - 86_400_000));
    expect(done.finishedAt).not.toBeNull();
    expect(await takeBackfillBatch()).toBeNull();
  });
});
