/**
 * A series answer (GET /api/signals/{id}/series) as uPlot's columns, with gaps made visible: where
 * two neighbouring points are further apart than the data can explain, a null is put between them
 * so the line breaks there. Nothing is interpolated or invented.
 */
export interface SeriesPointJson {
  t: string | Date;
  min: number;
  max: number;
  avg: number;
  last: number;
  count: number;
}

export interface ChartColumns {
  /** unix seconds, ascending */
  x: number[];
  avg: (number | null)[];
  min: (number | null)[];
  max: (number | null)[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Seconds between two neighbouring points above which the line breaks:
 * max(2 × bucketSeconds, 3 × sampleIntervalSeconds) for bucketed answers; for raw samples
 * (bucketSeconds 0) 3 × the expected interval, or 3 × the median spacing when none is stated.
 * Infinity when there is nothing to judge by (fewer than two points and no interval).
 */
export function gapThresholdSeconds(bucketSeconds: number, sampleIntervalSeconds: number | null, x: number[]) {
  const interval = sampleIntervalSeconds && sampleIntervalSeconds > 0 ? sampleIntervalSeconds : null;
  const spacing = interval ?? (x.length >= 2 ? median(x.slice(1).map((v, i) => v - x[i]!)) : null);
  const fromInterval = spacing ? 3 * spacing : 0;
  const threshold = Math.max(2 * bucketSeconds, fromInterval);
  return threshold > 0 ? threshold : Infinity;
}

/** The answer's points as chart columns (time in seconds), with a null row in every gap. */
export function toChartColumns(
  answer: { bucketSeconds: number; points: SeriesPointJson[] },
  sampleIntervalSeconds: number | null,
): ChartColumns {
  const points = answer.points
    .map((p) => ({ ...p, x: new Date(p.t).getTime() / 1000 }))
    .filter((p) => Number.isFinite(p.x))
    .sort((a, b) => a.x - b.x);
  const threshold = gapThresholdSeconds(
    answer.bucketSeconds,
    sampleIntervalSeconds,
    points.map((p) => p.x),
  );
  const out: ChartColumns = { x: [], avg: [], min: [], max: [] };
  points.forEach((p, i) => {
    const previous = points[i - 1];
    if (previous && p.x - previous.x > threshold) {
      out.x.push((previous.x + p.x) / 2);
      out.avg.push(null);
      out.min.push(null);
      out.max.push(null);
    }
    out.x.push(p.x);
    out.avg.push(p.avg);
    out.min.push(p.min);
    out.max.push(p.max);
  });
  return out;
}
