import type { SignalLimits } from './signal-schemas';

export type Band = 'normal' | 'warning' | 'critical';

/**
 * A signal's limits as bands (normal, warning, critical), each low … high, keeping only the bands
 * with at least one given limit; an absent end is null (open on that side).
 */
export function limitBands(limits: SignalLimits): { band: Band; low: number | null; high: number | null }[] {
  const bands = [
    { band: 'normal' as const, low: limits.normalLow ?? null, high: limits.normalHigh ?? null },
    { band: 'warning' as const, low: limits.warningLow ?? null, high: limits.warningHigh ?? null },
    { band: 'critical' as const, low: limits.criticalLow ?? null, high: limits.criticalHigh ?? null },
  ];
  return bands.filter((b) => b.low !== null || b.high !== null);
}
