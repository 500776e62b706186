/**
 * The query of GET /api/signals/{id}/series: `from` and `to` as ISO 8601 date-times with a zone
 * (Z or ±hh:mm), `points` the target point count. Messages are keys in messages/*.json.
 */
import { z } from 'zod';
import { DEFAULT_TARGET_POINTS, MAX_TARGET_POINTS } from './series-limits';

/** Longest range one request may read (week buckets keep even this to ~520 points). */
export const MAX_RANGE_DAYS = 3660;

const instant = (message: string) => z.iso.datetime({ offset: true, error: message }).transform((s) => new Date(s));

const bothParsed = (q: { from: unknown; to: unknown }) => q.from instanceof Date && q.to instanceof Date;

export const ZSeriesQuery = z
  .object({
    from: instant('timeseries.validation.from'),
    to: instant('timeseries.validation.to'),
    points: z.coerce
      .number({ error: 'timeseries.validation.points' })
      .int('timeseries.validation.points')
      .min(1, 'timeseries.validation.points')
      .max(MAX_TARGET_POINTS, 'timeseries.validation.points')
      .default(DEFAULT_TARGET_POINTS),
  })
  // Zod 4 runs refinements even when a field failed: compare only two parsed instants.
  .refine((q) => !bothParsed(q) || q.from.getTime() < q.to.getTime(), {
    path: ['to'],
    message: 'timeseries.validation.rangeOrder',
  })
  .refine((q) => !bothParsed(q) || q.to.getTime() - q.from.getTime() <= MAX_RANGE_DAYS * 86_400_000, {
    path: ['to'],
    message: 'timeseries.validation.rangeTooLong',
  });
export type SeriesQuery = z.infer<typeof ZSeriesQuery>;
