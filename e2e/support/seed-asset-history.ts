/**
 * Writes a signal's history through the product's only sample writer (lib/ingest) and a health
 * snapshot for its asset, for the asset page's end-to-end test (there is no ingest HTTP API yet).
 * Run: tsx --conditions=react-server e2e/support/seed-asset-history.ts '<json>' with
 * { tenantId, assetId, signalId, tag } and DATABASE_URL set. Prints the ingest result as JSON.
 *
 * History: one sample a minute for the last 24 h, none from 14 h to 12 h ago (a gap), a slow wave
 * around 50 ending at 72 (above the warning limit of 70 the test gives the signal).
 */
import { ingestSamples, type SampleInput } from '../../lib/ingest/ingest-samples';
import { saveHealthSnapshot } from '../../lib/health/save-health-snapshot';

const HOUR = 3_600_000;

async function main() {
  const { tenantId, assetId, signalId, tag } = JSON.parse(process.argv[2] ?? '{}');
  const now = new Date();
  const end = Math.floor(now.getTime() / 60_000) * 60_000;
  const samples: SampleInput[] = [];
  for (let t = end - 24 * HOUR; t <= end; t += 60_000) {
    const age = (end - t) / HOUR;
    if (age > 12 && age < 14) continue;
    const value = age < 0.5 ? 72 : 50 + 10 * Math.sin(t / (2 * HOUR));
    samples.push({ signalId, ts: new Date(t), value });
  }
  const result = await ingestSamples(tenantId, samples, { source: 'demo', now });
  await saveHealthSnapshot(tenantId, {
    assetId,
    computedAt: now,
    score: 61.5,
    failureProbability: 0.125,
    horizonHours: 168,
    status: 'warning',
    modelVersion: 'health-v1',
    factors: [
      {
        kind: 'band_excursion',
        signalId,
        tag,
        value: 72,
        side: 'high',
        level: 'warning',
        limit: 70,
        deviation: 2,
        severity: 0.55,
        weight: 0.7,
      },
      {
        kind: 'time_since_maintenance',
        signalId: null,
        hoursSinceMaintenance: 24 * 200,
        intervalHours: 24 * 180,
        severity: 0.11,
        weight: 0.2,
      },
    ],
  });
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
