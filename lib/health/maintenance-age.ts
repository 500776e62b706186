import { z } from 'zod';

/**
 * Asset metadata the model reads until work orders exist: `lastMaintenanceAt` (ISO date-time) and,
 * optionally, `maintenanceIntervalDays` and `hoursPerCycle` (turbines: operating hours per cycle of the
 * learned model). Invalid or absent values are ignored — the factor is then omitted, never invented.
 */
const ZHealthMetadata = z.object({
  lastMaintenanceAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
  maintenanceIntervalDays: z.number().positive().finite().optional().catch(undefined),
  hoursPerCycle: z.number().positive().finite().optional().catch(undefined),
});
export type HealthMetadata = z.infer<typeof ZHealthMetadata>;

export function healthMetadata(metadata: unknown): HealthMetadata {
  const parsed = ZHealthMetadata.safeParse(metadata ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Time since the last maintenance and how overdue it is: severity = clamp((elapsed − interval)/interval, 0, 1),
 * 0 without an interval (shown, not scored). Null without a (past) maintenance date.
 */
export function maintenanceAge(
  metadata: HealthMetadata,
  now: Date,
): { hoursSinceMaintenance: number; intervalHours: number | null; severity: number } | null {
  if (!metadata.lastMaintenanceAt) return null;
  const hours = (now.getTime() - new Date(metadata.lastMaintenanceAt).getTime()) / 3_600_000;
  if (!(hours >= 0)) return null;
  const intervalHours = metadata.maintenanceIntervalDays ? metadata.maintenanceIntervalDays * 24 : null;
  const severity = intervalHours ? Math.min(1, Math.max(0, (hours - intervalHours) / intervalHours)) : 0;
  return { hoursSinceMaintenance: hours, intervalHours, severity };
}
