'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import clsx from 'clsx';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import { LIVE_RANGES, parseRange, RANGE_KEYS, rangeWindow, type RangeKey } from '@/lib/trends/chart-range';
import { LIVE_REFRESH_MS } from './live-refresh';
import type { LimitedSignal } from './chart-limits';
import { TrendChart } from './trend-chart';

export interface TrendSignal extends LimitedSignal {
  id: string;
  tag: string;
  description: string | null;
}

/** Mounts its children once they come near the screen, so a long list of charts loads as it is read. */
function WhenVisible({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || seen) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
      rootMargin: '300px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen]);
  return <div ref={ref}>{seen ? children : <div className="h-[260px]" />}</div>;
}

/**
 * The asset's trend charts, one per signal (anchor `#signal-<id>`, which health factors link to),
 * with the range picker (1 h … 1 y) kept in the URL as `?range=`.
 */
export function SignalTrends({ signals }: { signals: TrendSignal[] }) {
  const t = useTranslations('assetPage.trends');
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const range = parseRange(params.get('range'));
  // The window ends at now rounded up to the minute (one cached answer per minute). Live ranges
  // follow now while the tab is visible; longer ones stay where they were picked.
  const live = LIVE_RANGES.includes(range);
  const [now, setNow] = useState(() => Date.now());
  // Each pick starts a new zoom scope (a live window's moves keep the zoom).
  const [picks, setPicks] = useState(0);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    }, LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [live]);
  const { from, to } = useMemo(() => {
    const w = rangeWindow(range, new Date(now));
    return { from: w.from.toISOString(), to: w.to.toISOString() };
  }, [range, now]);

  const pick = (key: RangeKey) => {
    const next = new URLSearchParams(params.toString());
    next.set('range', key);
    setNow(() => Date.now());
    setPicks((n) => n + 1);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };

  return (
    <div>
      <div
        role="group"
        aria-label={t('range')}
        className="mb-4 inline-flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1"
        data-testid="range-picker"
      >
        {RANGE_KEYS.map((key) => (
          <button
            key={key}
            type="button"
            aria-pressed={key === range}
            onClick={() => pick(key)}
            className={clsx(
              'min-w-11 rounded-md px-2.5 py-1 text-sm',
              key === range ? 'bg-white font-semibold text-brand-700 shadow-sm' : 'text-slate-600 hover:bg-white/60',
            )}
            data-testid={`range-${key}`}
          >
            {t(`ranges.${key}`)}
          </button>
        ))}
      </div>
      {signals.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500" data-testid="trends-empty">
          {t('noSignals')}
        </p>
      ) : (
        <div className="space-y-6">
          {signals.map((s) => (
            <section key={s.id} id={`signal-${s.id}`} className="scroll-mt-20" data-testid="signal-trend">
              <h3 className="mb-1 text-sm font-semibold">
                <bdi dir="ltr" className="font-mono">
                  {s.tag}
                </bdi>
                {s.unit && (
                  <bdi dir="ltr" className="ms-1 font-normal text-slate-500">
                    [{s.unit}]
                  </bdi>
                )}
                {s.description && <span className="ms-2 font-normal text-slate-500">{s.description}</span>}
              </h3>
              <WhenVisible>
                <TrendChart signal={s} from={from} to={to} live={live} zoomScope={`${range}#${picks}`} />
              </WhenVisible>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
