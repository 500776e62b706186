// Partitions of signal_samples: month arithmetic at year ends, the worker's months-ahead set,
// idempotence, and refusal to silently re-create a detached month.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import {
  attachedSamplePartitions,
  createSamplePartitionsAhead,
  detachSamplePartitionsBefore,
  ensureSamplePartitions,
  monthsCovering,
  partitionName,
} from './sample-partitions';
import { pgPool } from './pg-pool';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

describe('sample partitions', () => {
  it('names months in UTC and covers both ends of a range across a year end', () => {
    expect(partitionName(new Date('2026-12-31T23:59:59.999Z'))).toBe('signal_samples_p2026_12');
    expect(partitionName(new Date('2027-01-01T00:00:00Z'))).toBe('signal_samples_p2027_01');
    expect(
      monthsCovering(new Date('2026-11-30T00:00:00Z'), new Date('2027-02-01T00:00:00Z')).map(partitionName),
    ).toEqual([
      'signal_samples_p2026_11',
      'signal_samples_p2026_12',
      'signal_samples_p2027_01',
      'signal_samples_p2027_02',
    ]);
  });

  it('the worker job creates the current and the next three months, once', async () => {
    const now = new Date('2031-11-15T10:00:00Z');
    expect(await createSamplePartitionsAhead(now)).toEqual([
      'signal_samples_p2031_11',
      'signal_samples_p2031_12',
      'signal_samples_p2032_01',
      'signal_samples_p2032_02',
    ]);
    expect(await createSamplePartitionsAhead(now)).toEqual([]);
    const { rows } = await pgPool().query(
      `SELECT pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_class c WHERE c.relname = 'signal_samples_p2031_12'`,
    );
    expect(rows[0].bound).toBe("FOR VALUES FROM ('2031-12-01 00:00:00+00') TO ('2032-01-01 00:00:00+00')");
  });

  it('does not silently re-create a month detached for retention', async () => {
    await ensureSamplePartitions(new Date('2001-03-10T00:00:00Z'), new Date('2001-03-10T00:00:00Z'));
    expect(await detachSamplePartitionsBefore(new Date('2001-04-01T00:00:00Z'))).toEqual(['signal_samples_p2001_03']);
    expect(await attachedSamplePartitions()).not.toContain('signal_samples_p2001_03');
    await expect(
      ensureSamplePartitions(new Date('2001-03-10T00:00:00Z'), new Date('2001-03-10T00:00:00Z')),
    ).rejects.toMatchObject({ code: '42P07' });
  });
});
