// The health job on a real pg-boss: registering it schedules the queue every five minutes, and a job
// sent to the queue recomputes and stores the snapshots.
import PgBoss from 'pg-boss';
import { createTestDatabase } from '../../lib/test/database';
import { closeTestDatabase } from '../../lib/test/system-fixtures';
import { latestHealth } from '../../lib/health/latest-health';
import { newAsset, plantWorld } from '../../lib/plant/plant-test-helpers';
import { createLogger } from '../../lib/log/logger';
import { HEALTH_QUEUE, registerHealthJob } from './health';

jest.setTimeout(120_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let boss: PgBoss;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  boss = new PgBoss({ connectionString: testDb.url, schema: 'pgboss' });
  await boss.start();
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await closeTestDatabase(testDb);
});

it('schedules the recompute and stores snapshots when the job runs', async () => {
  const { tenant, admin, unit } = await plantWorld();
  const asset = await newAsset(admin, unit.id);
  await registerHealthJob(boss, createLogger({ level: 'silent' }));
  expect(await boss.getSchedules()).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: HEALTH_QUEUE, cron: '*/5 * * * *' })]),
  );

  await boss.send(HEALTH_QUEUE, {});
  let snapshot;
  for (let i = 0; i < 60 && !snapshot; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    snapshot = (await latestHealth(tenant.id, [asset.id])).get(asset.id);
  }
  // No signals: nothing to judge, so unknown — never normal by default.
  expect(snapshot).toMatchObject({ assetId: asset.id, status: 'unknown', score: null });
});
