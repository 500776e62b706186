/**
 * Ingest benchmark: `size` samples (100 signals, in time order) through lib/ingest's
 * ingestSamples in batches of 10 000, vs raw binary COPY of the same rows into the same table
 * (emptied before each run, after a small warm-up of both). Prints:
 *   ingest_ratio: ingest rate / COPY rate                  goal ≥ 0.33
 *   ingest_samples_per_s: samples per second through ingest  goal ≥ 50 000
 * Usage: tsx --conditions=react-server bench/ingest.ts [size=1M]
 */
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ensureSamplePartitions } from '../lib/db/sample-partitions';
import { ingestSamples, type SampleInput } from '../lib/ingest/ingest-samples';
import {
  benchWorld,
  connect,
  fmt,
  parseSize,
  steadySamples,
  timeAgainstCopy,
  withBenchDatabase,
} from './bench-database';

const SIGNALS = 100;
const BATCH = 10_000;
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);

/** One PostgreSQL binary COPY stream of (tenant_id, signal_id, ts, value, quality) rows. */
export function encodeBinaryCopy(tenantId: string, samples: readonly SampleInput[]): Buffer {
  const tenant = Buffer.from(tenantId.replace(/-/g, ''), 'hex');
  const uuids = new Map<string, Buffer>();
  const good = Buffer.from('good');
  const header = Buffer.from([
    0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
  ]);
  const rowBytes = 2 + (4 + 16) * 2 + (4 + 8) * 2 + 4 + good.length;
  const out = Buffer.allocUnsafe(header.length + samples.length * rowBytes + 2);
  header.copy(out, 0);
  let o = header.length;
  for (const s of samples) {
    let signal = uuids.get(s.signalId);
    if (!signal) uuids.set(s.signalId, (signal = Buffer.from(s.signalId.replace(/-/g, ''), 'hex')));
    o = out.writeInt16BE(5, o);
    o = out.writeInt32BE(16, o);
    o += tenant.copy(out, o);
    o = out.writeInt32BE(16, o);
    o += signal.copy(out, o);
    o = out.writeInt32BE(8, o);
    o = out.writeBigInt64BE(BigInt(s.ts.getTime() - PG_EPOCH_MS) * 1000n, o);
    o = out.writeInt32BE(8, o);
    o = out.writeDoubleBE(s.value, o);
    o = out.writeInt32BE(good.length, o);
    o += good.copy(out, o);
  }
  o = out.writeInt16BE(-1, o);
  return out.subarray(0, o);
}

/** The samples by raw binary COPY, `rowsPerCopy` rows per COPY statement (the baseline). */
export async function copyRows(client: Client, tenantId: string, samples: readonly SampleInput[], rowsPerCopy = BATCH) {
  for (let i = 0; i < samples.length; i += rowsPerCopy) {
    const stream = client.query(
      copyFrom('COPY signal_samples (tenant_id, signal_id, ts, value, quality) FROM STDIN (FORMAT binary)'),
    );
    await new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
      stream.end(encodeBinaryCopy(tenantId, samples.slice(i, i + rowsPerCopy)));
    });
  }
}

async function ingestRows(tenantId: string, samples: SampleInput[]) {
  let inserted = 0;
  for (let i = 0; i < samples.length; i += BATCH) {
    inserted += (
      await ingestSamples(tenantId, samples.slice(i, i + BATCH), { source: 'live', futureToleranceSeconds: 300 })
    ).inserted;
  }
  return inserted;
}

export async function ingestBench(size: number, log: (line: string) => void = console.log) {
  return withBenchDatabase(async (url) => {
    const client = await connect(url);
    try {
      const { tenantId, signalIds } = await benchWorld(client, SIGNALS);
      const { samples, start } = steadySamples(signalIds, size);
      await ensureSamplePartitions(start, new Date());
      const warm = samples.slice(0, Math.min(samples.length, 2 * BATCH));
      const { copySeconds, runSeconds: ingestSeconds } = await timeAgainstCopy({
        empty: () => client.query('TRUNCATE signal_samples, signal_latest, signal_rollups_hourly'),
        warm: { copy: () => copyRows(client, tenantId, warm), run: () => ingestRows(tenantId, warm) },
        copy: () => copyRows(client, tenantId, samples),
        run: () => ingestRows(tenantId, samples),
        expected: samples.length,
      });

      const copyRate = samples.length / copySeconds;
      const ingestRate = samples.length / ingestSeconds;
      log(
        `# ingest: ${samples.length} samples (${SIGNALS} signals), batches of ${BATCH}; ` +
          `binary COPY ${fmt(copySeconds)} s (${Math.round(copyRate)}/s), lib/ingest ${fmt(ingestSeconds)} s`,
      );
      log(`ingest_ratio: ${fmt(ingestRate / copyRate)}`);
      log(`ingest_samples_per_s: ${Math.round(ingestRate)}`);
      return { ratio: ingestRate / copyRate, rate: ingestRate };
    } finally {
      await client.end();
    }
  });
}

if (require.main === module) {
  ingestBench(parseSize(process.argv[2], 1_000_000)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
