/**
 * REST push benchmark: `size` samples (100 mapped tags) pushed in batches of 1000 through the
 * POST /api/v1/ingest code path **in-process** — per batch a real `Request` with a JSON body and an
 * `Authorization: Bearer` API key: key authentication (apiKeyContext), body read with its size
 * limit, JSON parse, per-item validation, Idempotency-Key bookkeeping, ingestReadings (mapping,
 * insert, counters) and the JSON answer. Not included: the HTTP server itself (Next's routing and
 * socket I/O) — withApi needs a Next request scope. Baseline in the same run: binary COPY of the
 * same rows into signal_samples (emptied before each run, after a warm-up of both). Prints:
 *   rest_push_ratio: push rate / COPY rate
 *   rest_push_samples_per_s: samples per second through the endpoint's code path
 * Usage: tsx --conditions=react-server bench/rest-push.ts [size=200k]
 */
import crypto from 'node:crypto';
import type { Client } from 'pg';
import { ensureSamplePartitions } from '../lib/db/sample-partitions';
import type { SampleInput } from '../lib/ingest/ingest-samples';
import { generateApiKey, hashSecret } from '../lib/api-keys/api-key-format';
import { apiKeyContext } from '../lib/api-keys/system-authenticate-api-key';
import { pushSamples } from '../lib/ingest-api/push-samples';
import {
  benchWorld,
  connect,
  fmt,
  parseSize,
  steadySamples,
  timeAgainstCopy,
  withBenchDatabase,
} from './bench-database';
import { copyRows } from './ingest';

// lib/env validates every variable when the endpoint reads its limits; nothing is signed here.
process.env.AUTH_SECRET ??= 'bench-only-secret-0123456789-0123456789-0123456789';

const TAGS = 100;
const BATCH = 1000;

/** A rest_push integration mapping TAG-1…TAG-n onto the signals, a tenant admin and an API key of theirs. */
async function pushWorld(client: Client, tenantId: string, signalIds: string[]) {
  const integrationId = crypto.randomUUID();
  const userId = crypto.randomUUID();
  const key = generateApiKey();
  await client.query(
    `INSERT INTO users (id, tenant_id, email, name, role, updated_at) VALUES ($2, $1, $3, 'Bench', 'tenant_admin', now())`,
    [tenantId, userId, `${userId}@bench.test`],
  );
  await client.query(
    `INSERT INTO integrations (tenant_id, id, name, kind, updated_at) VALUES ($1, $2, 'Bench push', 'rest_push', now())`,
    [tenantId, integrationId],
  );
  await client.query(
    `INSERT INTO api_keys (id, tenant_id, name, prefix, secret_hash, role, created_by_id)
     VALUES (gen_random_uuid(), $1, 'bench', $2, $3, 'tenant_admin', $4)`,
    [tenantId, key.prefix, hashSecret(key.secret), userId],
  );
  await client.query(
    `INSERT INTO external_signal_mappings (tenant_id, id, integration_id, external_tag, signal_id, updated_at)
     SELECT $1, gen_random_uuid(), $2, 'TAG-' || n, s, now() FROM unnest($3::uuid[]) WITH ORDINALITY AS m(s, n)`,
    [tenantId, integrationId, signalIds],
  );
  return { integrationId, token: key.token };
}

/** The samples as the sender would push them: tag, ISO time, value. */
function bodies(integrationId: string, samples: readonly SampleInput[], tagOf: Map<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < samples.length; i += BATCH) {
    const batch = samples
      .slice(i, i + BATCH)
      .map((s) => ({ tag: tagOf.get(s.signalId)!, ts: s.ts.toISOString(), value: s.value }));
    out.push(JSON.stringify({ integrationId, samples: batch }));
  }
  return out;
}

async function pushAll(token: string, payloads: string[]) {
  let accepted = 0;
  for (const body of payloads) {
    const request = new Request('http://127.0.0.1/api/v1/ingest', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
      },
      body,
    });
    const ctx = await apiKeyContext(request);
    const response = await pushSamples(ctx!, request);
    if (response.status !== 202) throw new Error(`push answered ${response.status}: ${await response.text()}`);
    accepted += ((await response.json()) as { inserted: number }).inserted;
  }
  return accepted;
}

export async function restPushBench(size: number, log: (line: string) => void = console.log) {
  return withBenchDatabase(async (url) => {
    const client = await connect(url);
    try {
      const { tenantId, signalIds } = await benchWorld(client, TAGS);
      const { integrationId, token } = await pushWorld(client, tenantId, signalIds);
      const tagOf = new Map(signalIds.map((id, i) => [id, `TAG-${i + 1}`]));
      const { samples, start } = steadySamples(signalIds, size);
      await ensureSamplePartitions(start, new Date());
      const payloads = bodies(integrationId, samples, tagOf);
      const warm = Math.min(payloads.length, 5);
      const { copySeconds, runSeconds: pushSeconds } = await timeAgainstCopy({
        empty: () =>
          client.query('TRUNCATE signal_samples, signal_latest, signal_rollups_hourly, ingest_idempotency_keys'),
        warm: {
          copy: () => copyRows(client, tenantId, samples.slice(0, warm * BATCH), BATCH),
          run: () => pushAll(token, payloads.slice(0, warm)),
        },
        copy: () => copyRows(client, tenantId, samples, BATCH),
        run: () => pushAll(token, payloads),
        expected: samples.length,
      });

      const copyRate = samples.length / copySeconds;
      const pushRate = samples.length / pushSeconds;
      log(
        `# rest push: ${samples.length} samples (${TAGS} tags), batches of ${BATCH} through the endpoint's code path ` +
          `in-process; binary COPY ${fmt(copySeconds)} s (${Math.round(copyRate)}/s), push ${fmt(pushSeconds)} s`,
      );
      log(`rest_push_ratio: ${fmt(pushRate / copyRate)}`);
      log(`rest_push_samples_per_s: ${Math.round(pushRate)}`);
      return { ratio: pushRate / copyRate, rate: pushRate };
    } finally {
      await client.end();
    }
  });
}

if (require.main === module) {
  restPushBench(parseSize(process.argv[2], 200_000)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
