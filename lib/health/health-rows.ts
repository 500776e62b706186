import { z } from 'zod';
import type { HealthFactor, HealthSnapshot, HealthStatus } from './health-types';

/** Columns of asset_health_snapshots the API shows (no tenant id, no row id). */
export const SNAPSHOT_FIELDS = {
  assetId: true,
  computedAt: true,
  score: true,
  failureProbability: true,
  horizonHours: true,
  status: true,
  factors: true,
  modelVersion: true,
} as const;

// Our own writes, but the column is JSON: read it back defensively so the UI never gets a non-array.
const ZFactors = z.array(z.looseObject({ kind: z.string(), signalId: z.string().nullable() })).catch([]);

export interface SnapshotRow {
  assetId: string;
  computedAt: Date;
  score: number | null;
  failureProbability: number | null;
  horizonHours: number;
  status: HealthStatus;
  factors: unknown;
  modelVersion: string;
}

export function snapshotFromRow(row: SnapshotRow): HealthSnapshot {
  return { ...row, factors: ZFactors.parse(row.factors) as HealthFactor[] };
}
