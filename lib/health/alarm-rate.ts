import type { TimedValue } from './health-types';

/**
 * Alarm onsets per day on an alarm-kind signal: transitions from 0 to non-zero between consecutive
 * points, divided by the span the points cover. Null with fewer than two points or a zero span
 * (a rate needs time), so a single sample never reads as "no alarms".
 */
export function alarmOnsetsPerDay(points: readonly TimedValue[]): { onsets: number; perDay: number } | null {
  const finite = points.filter((p) => Number.isFinite(p.value));
  if (finite.length < 2) return null;
  const spanHours = (finite.at(-1)!.t.getTime() - finite[0]!.t.getTime()) / 3_600_000;
  if (spanHours <= 0) return null;
  let onsets = 0;
  for (let i = 1; i < finite.length; i++) {
    if (finite[i - 1]!.value === 0 && finite[i]!.value !== 0) onsets += 1;
  }
  return { onsets, perDay: (onsets / spanHours) * 24 };
}
