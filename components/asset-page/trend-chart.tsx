'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useFormatter, useTimeZone, useTranslations } from 'next-intl';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { Button } from '@/components/ui/button';
import { Quantity } from '@/components/ui/quantity';
import { formatDuration } from '@/lib/trends/bucket-duration';
import { toChartColumns, type SeriesPointJson } from '@/lib/trends/chart-data';
import { chartLimits, yRangeWith, type ChartLimit, type LimitedSignal } from './chart-limits';
import { LIVE_REFRESH_MS } from './live-refresh';

interface SeriesAnswer {
  bucketSeconds: number;
  points: SeriesPointJson[];
}

const LIMIT_COLOR: Record<ChartLimit['level'], string> = { warning: '#b45309', critical: '#b91c1c' };
const HEIGHT = 220;
const DAY = 86_400;

/**
 * One signal's trend with uPlot (loaded only in the browser): the bucket average as a line, the
 * bucket min–max as a band, warning (dashed) and critical (solid) limits as lines, gaps as breaks.
 * Dragging across the chart zooms into that window and asks the API again (finer buckets); the
 * time axis is in the tenant's time zone. The canvas is left-to-right in both languages. A `live`
 * chart asks again every LIVE_REFRESH_MS (visible tab only) so new samples appear as they land.
 */
export function TrendChart({
  signal,
  from,
  to,
  live = false,
  zoomScope = `${from}/${to}`,
}: {
  signal: LimitedSignal & { id: string };
  /** the picked range, ISO instants */
  from: string;
  to: string;
  /** the window follows now: poll for new points */
  live?: boolean;
  /** a zoom lasts while this stays the same (the picked range, not each move of a live window) */
  zoomScope?: string;
}) {
  const t = useTranslations('assetPage.trends');
  const format = useFormatter();
  const timeZone = useTimeZone() ?? 'UTC';
  const message = useApiMessage();
  // A zoom belongs to the range it was made in: a new range from the picker starts unzoomed.
  const [zoomed, setZoomed] = useState<{ from: Date; to: Date; range: string } | null>(null);
  const zoom = zoomed?.range === zoomScope ? zoomed : null;
  const span = zoom ?? { from: new Date(from), to: new Date(to) };
  const series = useQuery({
    queryKey: ['series', signal.id, span.from.toISOString(), span.to.toISOString()],
    queryFn: ({ signal: abort }) =>
      apiFetch<SeriesAnswer>(`/api/signals/${encodeURIComponent(signal.id)}/series`, {
        query: { from: span.from.toISOString(), to: span.to.toISOString(), points: 1000 },
        signal: abort,
      }),
    // A moving window keeps showing the last answer until the next one lands (no loading flash).
    placeholderData: live ? keepPreviousData : undefined,
    refetchInterval: live && !zoom ? LIVE_REFRESH_MS : false,
  });

  const columns = useMemo(
    () => (series.data ? toChartColumns(series.data, signal.sampleIntervalSeconds) : null),
    [series.data, signal.sampleIntervalSeconds],
  );
  const limits = useMemo(() => chartLimits(signal), [signal]);
  const bucketed = (series.data?.bucketSeconds ?? 0) > 0;
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el || !columns || columns.x.length === 0) return;
    let chart: uPlot | null = null;
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      let previousDay = '';
      const tick = (seconds: number, incr: number) => {
        const date = new Date(seconds * 1000);
        const day = format.dateTime(date, { day: 'numeric', month: 'short' });
        if (incr >= DAY) return incr >= 28 * DAY ? format.dateTime(date, { month: 'short', year: 'numeric' }) : day;
        const time = format.dateTime(date, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
        const label = day !== previousDay ? `${time}\n${day}` : time;
        previousDay = day;
        return label;
      };
      const opts: uPlot.Options = {
        width: Math.max(el.clientWidth, 200),
        height: HEIGHT,
        tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), timeZone),
        legend: { show: false },
        cursor: { drag: { x: true, y: false, setScale: false } },
        scales: { x: { time: true }, y: { range: (_u, min, max) => yRangeWith(min, max, limits) } },
        axes: [
          {
            values: (_u, splits, _axis, _space, incr) => {
              previousDay = '';
              return splits.map((s) => tick(s, incr));
            },
            size: 44,
          },
          { values: (_u, splits) => splits.map((v) => format.number(v, { maximumSignificantDigits: 6 })), size: 64 },
        ],
        series: [
          {},
          { label: 'max', stroke: bucketed ? 'rgba(37,99,235,0.35)' : 'transparent', width: 1 },
          { label: 'min', stroke: bucketed ? 'rgba(37,99,235,0.35)' : 'transparent', width: 1 },
          { label: 'avg', stroke: '#1d4ed8', width: 1.5 },
        ],
        bands: bucketed ? [{ series: [1, 2], fill: 'rgba(37,99,235,0.12)' }] : [],
        hooks: {
          draw: [
            (u) => {
              const { ctx, bbox } = u;
              for (const limit of limits) {
                const y = Math.round(u.valToPos(limit.value, 'y', true));
                if (y < bbox.top || y > bbox.top + bbox.height) continue;
                ctx.save();
                ctx.strokeStyle = LIMIT_COLOR[limit.level];
                ctx.lineWidth = 1.5 * (globalThis.devicePixelRatio || 1);
                ctx.setLineDash(limit.level === 'warning' ? [8, 6] : []);
                ctx.beginPath();
                ctx.moveTo(bbox.left, y);
                ctx.lineTo(bbox.left + bbox.width, y);
                ctx.stroke();
                ctx.restore();
              }
            },
          ],
          setSelect: [
            (u) => {
              const { left, width } = u.select;
              if (width < 3) return;
              const start = u.posToVal(left, 'x');
              const end = u.posToVal(left + width, 'x');
              u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
              if (end - start >= 1)
                setZoomed({ from: new Date(start * 1000), to: new Date(end * 1000), range: zoomScope });
            },
          ],
        },
      };
      chart = new UPlot(opts, [columns.x, columns.max, columns.min, columns.avg], el);
      observer = new ResizeObserver(() => chart?.setSize({ width: Math.max(el.clientWidth, 200), height: HEIGHT }));
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [columns, limits, bucketed, format, timeZone, zoomScope]);

  const points = columns ? columns.avg.filter((v) => v !== null).length : 0;
  const gaps = columns ? columns.avg.length - points : 0;
  // The newest instant with a value (epoch seconds): live charts move it forward.
  const lastIndex = columns ? columns.avg.findLastIndex((v) => v !== null) : -1;
  const lastTs = lastIndex >= 0 ? columns!.x[lastIndex] : undefined;
  return (
    <div
      data-testid="trend-chart"
      data-points={points}
      data-gaps={gaps}
      data-bucket-seconds={series.data?.bucketSeconds ?? ''}
      data-last-ts={lastTs ?? ''}
      data-state={series.isError ? 'error' : !series.data ? 'loading' : points === 0 ? 'empty' : 'ready'}
    >
      <div className="mb-1 flex min-h-7 flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <span data-testid="trend-resolution">
          {series.data &&
            (bucketed
              ? t('bucketed', { duration: formatDuration(series.data.bucketSeconds, format.number), points })
              : t('raw', { points }))}
        </span>
        {zoom && (
          <Button size="sm" variant="ghost" onClick={() => setZoomed(null)} data-testid="trend-reset-zoom">
            {t('resetZoom')}
          </Button>
        )}
      </div>
      {series.isError ? (
        <div role="alert" className="flex h-[220px] flex-col items-center justify-center gap-2 text-sm">
          <p className="text-red-800">{message(series.error, 'assetPage.trends.loadError')}</p>
          <Button size="sm" onClick={() => series.refetch()}>
            {t('retry')}
          </Button>
        </div>
      ) : !series.data ? (
        <div role="status" className="flex h-[220px] items-center justify-center text-sm text-slate-500">
          <span className="animate-pulse">{t('loading')}</span>
        </div>
      ) : points === 0 ? (
        <div className="flex h-[220px] items-center justify-center text-sm text-slate-500" data-testid="trend-empty">
          {t('empty')}
        </div>
      ) : (
        // Time runs left to right in both languages; the axes' text is localized.
        <div ref={box} dir="ltr" className="w-full touch-pan-y" data-testid="trend-canvas" />
      )}
      {limits.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" data-testid="trend-limits-legend">
          {limits.map((l) => (
            <li key={l.key} className="inline-flex items-center gap-1.5">
              <svg width="22" height="6" aria-hidden>
                <line
                  x1="0"
                  y1="3"
                  x2="22"
                  y2="3"
                  stroke={LIMIT_COLOR[l.level]}
                  strokeWidth="2"
                  strokeDasharray={l.level === 'warning' ? '5 3' : undefined}
                />
              </svg>
              {t(`limits.${l.key}`)} <Quantity value={format.number(l.value)} unit={signal.unit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
