/**
 * A fresh, migrated database on the server of DATABASE_URL for one benchmark, dropped afterwards.
 * Run benchmarks through scripts/with-database.ts --ephemeral (npm run bench does).
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { SampleInput } from '../lib/ingest/ingest-samples';
import { createEmptyDatabase } from '../lib/test/database';
import { migrate } from '../lib/db/migrate';
import { closePgPool } from '../lib/db/pg-pool';

export async function withBenchDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const database = await createEmptyDatabase();
  try {
    await migrate(database.url);
    // lib/db's pools read DATABASE_URL when first used: point them at the bench database.
    process.env.DATABASE_URL = database.url;
    return await run(database.url);
  } finally {
    await closePgPool();
    await database.drop();
  }
}

/** A connected client (the hand-written baselines use their own connection). */
export async function connect(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** One tenant with one site, unit and asset, and `count` signals; returns their ids. */
export async function benchWorld(client: Client, count: number) {
  const { rows } = await client.query<{ tenant_id: string; ids: string[] }>(
    `WITH t AS (
       INSERT INTO tenants (id, name, slug, updated_at)
       VALUES (gen_random_uuid(), 'Bench', 'bench-' || substr(md5(random()::text), 1, 8), now()) RETURNING id
     ), s AS (
       INSERT INTO sites (tenant_id, id, code, code_key, name_ar, name_en, updated_at)
       SELECT id, gen_random_uuid(), 'S1', 's1', 'موقع', 'Site', now() FROM t RETURNING tenant_id, id
     ), u AS (
       INSERT INTO units (tenant_id, id, site_id, code, code_key, name_ar, name_en, updated_at)
       SELECT tenant_id, gen_random_uuid(), id, 'U1', 'u1', 'وحدة', 'Unit', now() FROM s RETURNING tenant_id, id
     ), a AS (
       INSERT INTO assets (tenant_id, id, unit_id, tag, tag_key, name_ar, name_en, type, criticality, updated_at)
       SELECT tenant_id, gen_random_uuid(), id, 'R-1', 'r-1', 'مفاعل', 'Reactor', 'reactor', 'A', now() FROM u
       RETURNING tenant_id, id
     ), sig AS (
       INSERT INTO signals (tenant_id, id, asset_id, tag, tag_key, kind, updated_at)
       SELECT a.tenant_id, gen_random_uuid(), a.id, 'XMEAS(' || n || ')', 'xmeas(' || n || ')', 'measurement', now()
       FROM a, generate_series(1, $1::int) n RETURNING tenant_id, id
     )
     SELECT min(tenant_id::text) AS tenant_id, array_agg(id::text ORDER BY id) AS ids FROM sig`,
    [count],
  );
  return { tenantId: rows[0]!.tenant_id, signalIds: rows[0]!.ids };
}

/** Value at quantile q (0..1) of the numbers, nearest-rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The size argument: a positive integer, with optional k/M suffix (10M, 500k). */
export function parseSize(arg: string | undefined, fallback: number): number {
  if (!arg) return fallback;
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(arg);
  if (!match) throw new Error(`not a size: ${arg} (e.g. 1000000, 500k, 10M)`);
  const n = Number(match[1]) * (match[2] ? (match[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a size: ${arg}`);
  return n;
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);

/**
 * `size` samples, one per signal per second, the signals in turn, ending about two minutes before
 * now (inside ingest's accepted window). Returns them and the first sample's time.
 */
export function steadySamples(signalIds: readonly string[], size: number): { samples: SampleInput[]; start: Date } {
  const perSignal = Math.max(1, Math.ceil(size / signalIds.length));
  const start = Date.now() - (perSignal + 120) * 1000;
  const samples: SampleInput[] = [];
  for (let i = 0; samples.length < size; i++) {
    for (let k = 0; k < signalIds.length && samples.length < size; k++) {
      samples.push({ signalId: signalIds[k]!, ts: new Date(start + i * 1000), value: 50 + Math.sin(i / 60 + k) });
    }
  }
  return { samples, start: new Date(start) };
}

/**
 * The same rows through the raw baseline (`copy`) and through the product (`run`, returning how many
 * it stored), each after one warm-up round and on an emptied table; throws when the product stored
 * fewer than `expected`. Seconds of each.
 */
export async function timeAgainstCopy(steps: {
  empty: () => Promise<unknown>;
  warm: { copy: () => Promise<unknown>; run: () => Promise<unknown> };
  copy: () => Promise<unknown>;
  run: () => Promise<number>;
  expected: number;
}): Promise<{ copySeconds: number; runSeconds: number }> {
  await steps.warm.copy();
  await steps.empty();
  await steps.warm.run();
  await steps.empty();
  let t = performance.now();
  await steps.copy();
  const copySeconds = (performance.now() - t) / 1000;
  await steps.empty();
  t = performance.now();
  const stored = await steps.run();
  const runSeconds = (performance.now() - t) / 1000;
  if (stored !== steps.expected) throw new Error(`stored ${stored} of ${steps.expected}`);
  return { copySeconds, runSeconds };
}
