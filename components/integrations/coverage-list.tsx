'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { Coverage } from './integration-requests';

/** Per asset this integration feeds: how many of its signals are mapped, as a share and a bar. */
export function CoverageList({ coverage }: { coverage: Coverage[] }) {
  const t = useTranslations('integrationsUi.coverage');
  const format = useFormatter();
  return (
    <section className="mt-5" data-testid="coverage">
      <h3 className="mb-2 text-sm font-semibold text-slate-800">{t('title')}</h3>
      <ul className="space-y-2">
        {coverage.map((c) => {
          const share = c.totalSignals > 0 ? c.mappedSignals / c.totalSignals : 0;
          return (
            <li key={c.assetId} className="text-sm" data-testid="coverage-asset">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link
                  href={`/assets/${c.assetId}`}
                  className="inline-flex items-baseline gap-1.5 text-brand-700 hover:underline"
                >
                  <bdi dir="ltr" className="font-mono text-xs text-slate-600">
                    {c.assetCode}
                  </bdi>
                  <span>{c.assetName}</span>
                </Link>
                <span className="tabular-nums" data-testid="coverage-share">
                  {format.number(share, { style: 'percent', maximumFractionDigits: 0 })}{' '}
                  <span className="text-xs text-slate-500">
                    {t('signals', { mapped: c.mappedSignals, total: c.totalSignals })}
                  </span>
                </span>
              </div>
              <div
                className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-100"
                role="meter"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(share * 100)}
                aria-label={c.assetName}
              >
                <div className="h-full rounded-full bg-brand-600" style={{ width: `${share * 100}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
