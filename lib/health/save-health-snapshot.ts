import 'server-only';
import { tenantDb } from '../db/tenant-db';
import type { HealthSnapshot } from './health-types';

/** Stores one computed snapshot for an asset of `tenantId` (the factors as JSON). */
export async function saveHealthSnapshot(tenantId: string, snapshot: HealthSnapshot): Promise<void> {
  await tenantDb({ tenantId }).assetHealthSnapshot.create({
    data: {
      tenantId, // tenantDb sets it too; the type wants it
      assetId: snapshot.assetId,
      computedAt: snapshot.computedAt,
      score: snapshot.score,
      failureProbability: snapshot.failureProbability,
      horizonHours: snapshot.horizonHours,
      status: snapshot.status,
      // JSON round trip: plain data only (no Dates, no undefined) in the jsonb column.
      factors: JSON.parse(JSON.stringify(snapshot.factors)),
      modelVersion: snapshot.modelVersion,
    },
  });
}
