/** A chart bucket's width said in the largest whole time unit (3600 s → 1 hour, 300 s → 5 minutes). */
export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

const UNITS: [DurationUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** `{ value, unit }` for `seconds` (> 0): the largest unit that divides it evenly. */
export function durationParts(seconds: number): { value: number; unit: DurationUnit } {
  const [unit, size] = UNITS.find(([, s]) => seconds % s === 0) ?? ['second', 1];
  return { value: seconds / size, unit };
}

/**
 * `seconds` as localized words ("1 hour", "5 دقائق") through a number formatter (next-intl's
 * `format.number` or Intl.NumberFormat's): CLDR unit names, so no unit text of our own.
 */
export function formatDuration(
  seconds: number,
  formatNumber: (value: number, options: { style: 'unit'; unit: DurationUnit; unitDisplay: 'long' }) => string,
): string {
  const { value, unit } = durationParts(seconds);
  return formatNumber(value, { style: 'unit', unit, unitDisplay: 'long' });
}
