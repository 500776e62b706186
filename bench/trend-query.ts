/**
 * Trend query benchmark: one signal over 30 days with `size` samples in the table (100 signals,
 * generated in time order as live ingest interleaves them, hourly rollups built as ingest would
 * have kept them), then compacted as the timeseries.compact job does. Over the compacted data: the
 * product's readSeries vs the same statement typed by hand on its own connection, over the same
 * signals in alternating order; a reference line gives the same buckets aggregated from the
 * samples alone. Prints:
 *   trend_query_ratio: median(product) / median(hand)     goal ≤ 1.5
 *   trend_query_p95_ms: p95 of the product                 goal ≤ 50
 *   raw_read_p95_ms: p95 of readSeries over 6 hours (raw samples out of compacted hours)
 *   bytes_per_sample_raw: samples table + indexes + rollups per sample, before compaction
 *   bytes_per_sample: the same after compaction (compact table with TOAST and key, raw left, rollups)   goal ≤ 48
 * Usage: tsx --conditions=react-server bench/trend-query.ts [size=10M]
 */
import { performance } from 'node:perf_hooks';
import { ensureSamplePartitions } from '../lib/db/sample-partitions';
import { rebuildHourlyRollups } from '../lib/db/sample-store';
import { compactSamplesBefore } from '../lib/db/sample-compaction';
import { readSeries } from '../lib/timeseries/read-series';
import { benchWorld, connect, fmt, parseSize, quantile, withBenchDatabase } from './bench-database';

const SIGNALS = 100;
const DAYS = 30;
const RUNS = 40;
const WARMUP = 4;
const TARGET_POINTS = 1000;

export async function trendQueryBench(size: number, log: (line: string) => void = console.log) {
  return withBenchDatabase(async (url) => {
    const client = await connect(url);
    try {
      const { tenantId, signalIds } = await benchWorld(client, SIGNALS);
      const to = new Date(Date.UTC(2026, 9, 1));
      const from = new Date(to.getTime() - DAYS * 86_400_000);
      await ensureSamplePartitions(from, to);

      const perSignal = Math.max(1, Math.floor(size / SIGNALS));
      const stepUs = Math.floor((DAYS * 86_400e6) / perSignal);
      const started = performance.now();
      // In time order across all signals (as a live plant writes), in slices to bound each statement.
      const slices = Math.max(1, Math.min(20, Math.ceil(perSignal / 50_000)));
      for (let s = 0; s < slices; s++) {
        const lo = Math.floor((s * perSignal) / slices);
        const hi = Math.floor(((s + 1) * perSignal) / slices) - 1;
        await client.query(
          `INSERT INTO signal_samples (tenant_id, signal_id, ts, value, quality)
           SELECT $1::uuid, sig::uuid, $2::timestamptz + make_interval(secs => i * $3::float8 / 1e6),
                  50 + 10 * sin(i / 500.0 + k) + random(), 'good'
           FROM generate_series($4::int, $5::int) i, unnest($6::text[]) WITH ORDINALITY AS x(sig, k)`,
          [tenantId, from.toISOString(), stepUs, lo, hi, signalIds],
        );
      }
      // Ingest keeps the hourly rollups; samples written with SQL need them built once.
      await rebuildHourlyRollups(from, to);
      await client.query('VACUUM (ANALYZE) signal_samples');
      await client.query('VACUUM (ANALYZE) signal_rollups_hourly');
      const loadSeconds = (performance.now() - started) / 1000;

      const { rows: size_ } = await client.query<{ samples: string; heap: string; indexes: string; rollups: string }>(
        `SELECT (SELECT count(*) FROM signal_samples) AS samples,
                sum(pg_table_size(c.oid)) AS heap, sum(pg_indexes_size(c.oid)) AS indexes,
                pg_total_relation_size('signal_rollups_hourly') AS rollups
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'signal_samples'::regclass`,
      );
      const samples = Number(size_[0]!.samples);
      const heap = Number(size_[0]!.heap);
      const indexes = Number(size_[0]!.indexes);
      const rollups = Number(size_[0]!.rollups);

      // Compact everything loaded (all of it is closed), as the timeseries.compact job would.
      const compactStarted = performance.now();
      const compaction = await compactSamplesBefore(to);
      const compactSeconds = (performance.now() - compactStarted) / 1000;
      if (compaction.samples !== samples) throw new Error(`compacted ${compaction.samples} of ${samples}`);
      await client.query('VACUUM (ANALYZE) signal_samples_compact');
      await client.query('VACUUM (ANALYZE) signal_samples');
      const { rows: after } = await client.query<{ compact: string; raw: string }>(
        `SELECT pg_total_relation_size('signal_samples_compact') AS compact,
                (SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits
                 WHERE inhparent = 'signal_samples'::regclass) AS raw`,
      );
      const compactBytes = Number(after[0]!.compact);
      const rawLeft = Number(after[0]!.raw);

      // The product's statement for this case (30 days in 1-hour buckets, which readSeries chooses
      // for 30 days and 1000 points), typed by hand: whole hours from the rollups, the partial
      // hours at the edges from the raw and compacted samples (none here: the range is
      // hour-aligned), merged; the probe counts raw rows and compacted hours' counts.
      const byHand = `
        WITH probe AS (
          SELECT (SELECT count(*) FROM (SELECT 1 FROM signal_samples
                    WHERE tenant_id = $1 AND signal_id = $2 AND ts >= $3 AND ts < $4 LIMIT 1001) p)
               + (SELECT coalesce(sum(k), 0) FROM (
                    SELECT CASE WHEN c.hour >= $3 AND c.hour + interval '1 hour' <= $4 THEN c.count
                           ELSE (SELECT count(*) FROM unnest(c.offsets_us) o
                                 WHERE c.hour + o * interval '1 microsecond' >= $3
                                   AND c.hour + o * interval '1 microsecond' < $4) END AS k
                    FROM signal_samples_compact c
                    WHERE c.tenant_id = $1 AND c.signal_id = $2 AND c.hour > $3::timestamptz - interval '1 hour'
                      AND c.hour < $4 LIMIT 1003) q) AS n
        ), edges AS (
          SELECT ts, value FROM signal_samples
          WHERE tenant_id = $1 AND signal_id = $2 AND ((ts >= $3 AND ts < $3) OR (ts >= $4 AND ts < $4))
          UNION ALL
          SELECT c.hour + o * interval '1 microsecond', v
          FROM signal_samples_compact c, unnest(c.offsets_us, c.sample_values) AS u(o, v)
          WHERE c.tenant_id = $1 AND c.signal_id = $2
            AND ((c.hour > $3::timestamptz - interval '1 hour' AND c.hour < $3)
              OR (c.hour > $4::timestamptz - interval '1 hour' AND c.hour < $4))
            AND ((c.hour + o * interval '1 microsecond' >= $3 AND c.hour + o * interval '1 microsecond' < $3)
              OR (c.hour + o * interval '1 microsecond' >= $4 AND c.hour + o * interval '1 microsecond' < $4))
        ), parts AS (
          SELECT date_bin(interval '3600 seconds', ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS t,
                 min(value) AS mn, max(value) AS mx, sum(value) AS sm, count(*) AS n, max(ts) AS lt,
                 (array_agg(value ORDER BY ts DESC))[1] AS lv
          FROM edges GROUP BY 1
          UNION ALL
          SELECT date_bin(interval '3600 seconds', hour, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
                 min, max, sum, count, last_ts, last_value
          FROM signal_rollups_hourly WHERE tenant_id = $1 AND signal_id = $2 AND hour >= $3 AND hour < $4
        )
        SELECT t, min(mn), max(mx), sum(sm) / sum(n) AS avg, (array_agg(lv ORDER BY lt DESC))[1] AS last,
               sum(n)::int AS count
        FROM parts WHERE (SELECT n FROM probe) > 1000 GROUP BY t ORDER BY t`;
      // For reference: the same buckets aggregated from the (compacted) samples alone, no rollups.
      const fromSamples = `
        SELECT date_bin(interval '3600 seconds', c.hour + o * interval '1 microsecond', TIMESTAMPTZ '2000-01-01 00:00:00+00') AS t,
               min(v), max(v), avg(v), (array_agg(v ORDER BY o DESC))[1] AS last, count(*)
        FROM signal_samples_compact c, unnest(c.offsets_us, c.sample_values) AS u(o, v)
        WHERE c.tenant_id = $1 AND c.signal_id = $2 AND c.hour >= $3 AND c.hour < $4
        GROUP BY 1 ORDER BY 1`;
      const samplesOnly: number[] = [];
      for (let run = 0; run < Math.min(RUNS, 10); run++) {
        const t = performance.now();
        await client.query(fromSamples, [tenantId, signalIds[run % SIGNALS], from.toISOString(), to.toISOString()]);
        samplesOnly.push(performance.now() - t);
      }
      const product: number[] = [];
      const hand: number[] = [];
      let points = 0;
      for (let run = -WARMUP; run < RUNS; run++) {
        const signalId = signalIds[(run + WARMUP) % SIGNALS]!;
        const timeProduct = async () => {
          const t = performance.now();
          const series = await readSeries(tenantId, signalId, { from, to, targetPoints: TARGET_POINTS });
          points = series.points.length;
          if (series.bucketSeconds !== 3600 && perSignal > TARGET_POINTS)
            throw new Error(`unexpected bucket ${series.bucketSeconds}`);
          return performance.now() - t;
        };
        const timeHand = async () => {
          const t = performance.now();
          await client.query(byHand, [tenantId, signalId, from.toISOString(), to.toISOString()]);
          return performance.now() - t;
        };
        // Alternate which goes first, so neither always gets the other's warm cache.
        let p: number;
        let h: number;
        if (run % 2) {
          p = await timeProduct();
          h = await timeHand();
        } else {
          h = await timeHand();
          p = await timeProduct();
        }
        if (run >= 0) {
          product.push(p);
          hand.push(h);
        }
      }
      // Raw reads inside compacted hours: 6 hours of one signal (under 1000 samples at this rate).
      const rawReads: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = new Date(from.getTime() + ((run * 7) % (DAYS * 4 - 1)) * 6 * 3_600_000);
        const t = performance.now();
        await readSeries(tenantId, signalIds[run % SIGNALS]!, {
          from: start,
          to: new Date(start.getTime() + 6 * 3_600_000),
        });
        rawReads.push(performance.now() - t);
      }
      const ratio = quantile(product, 0.5) / quantile(hand, 0.5);
      const compacted = (compactBytes + rawLeft + rollups) / samples;
      log(
        `# trend query: ${samples} samples (${SIGNALS} signals × ${perSignal} over ${DAYS} days), loaded in ${fmt(loadSeconds, 1)} s, ` +
          `compacted in ${fmt(compactSeconds, 1)} s (${compaction.hours} hour rows); over the compacted data: ` +
          `${RUNS} runs, ${points} points; median product ${fmt(quantile(product, 0.5))} ms, hand ${fmt(quantile(hand, 0.5))} ms, ` +
          `p95 hand ${fmt(quantile(hand, 0.95))} ms; from the samples alone (no rollups): median ${fmt(quantile(samplesOnly, 0.5))} ms, ` +
          `p95 ${fmt(quantile(samplesOnly, 0.95))} ms; raw 6-hour reads: median ${fmt(quantile(rawReads, 0.5))} ms, ` +
          `p95 ${fmt(quantile(rawReads, 0.95))} ms; bytes/sample before compaction: heap ${fmt(heap / samples, 1)} + primary key ` +
          `${fmt(indexes / samples, 1)} + rollups ${fmt(rollups / samples, 1)}; after: compacted (with TOAST and key) ` +
          `${fmt(compactBytes / samples, 1)} + raw left ${fmt(rawLeft / samples, 1)} + rollups ${fmt(rollups / samples, 1)}`,
      );
      log(`trend_query_ratio: ${fmt(ratio)}`);
      log(`trend_query_p95_ms: ${fmt(quantile(product, 0.95))}`);
      log(`raw_read_p95_ms: ${fmt(quantile(rawReads, 0.95))}`);
      log(`bytes_per_sample_raw: ${fmt((heap + indexes + rollups) / samples, 1)}`);
      log(`bytes_per_sample: ${fmt(compacted, 1)}`);
      return { ratio, p95: quantile(product, 0.95), bytesPerSample: compacted };
    } finally {
      await client.end();
    }
  });
}

if (require.main === module) {
  trendQueryBench(parseSize(process.argv[2], 10_000_000)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
