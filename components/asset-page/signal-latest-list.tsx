import { getFormatter, getTranslations } from 'next-intl/server';
import type { LatestValue } from '@/lib/timeseries/latest-values';
import type { SignalProvenance } from '@/lib/integrations/signal-provenance';
import { connectivityOf } from '@/lib/trends/connectivity';
import type { Signal } from '@/components/plant/plant-requests';
import { SignalFormDialog } from '@/components/plant/signal-form-dialog';
import { Quantity } from '@/components/ui/quantity';
import { ConnectivityBadge } from './health-status-badge';

/**
 * The asset's signals with their newest value: value and unit, time in the tenant's zone, quality,
 * connectivity (live / demo / stale / none; `mapped` = mapped to a real source) and provenance
 * (integration, external tag, when it was received, quality). The tag jumps to the signal's chart.
 */
export async function SignalLatestList({
  assetId,
  signals,
  latest,
  now,
  canWrite,
  provenance = new Map(),
  mapped = new Set(),
}: {
  assetId: string;
  signals: Signal[];
  latest: Map<string, LatestValue>;
  now: Date;
  canWrite: boolean;
  /** by lower-case signal id (lib/integrations/signal-provenance.ts) */
  provenance?: Map<string, SignalProvenance>;
  mapped?: Set<string>;
}) {
  const t = await getTranslations('assetPage.signals');
  const format = await getFormatter();
  return (
    <div data-testid="asset-signals-latest">
      {canWrite && (
        <div className="mb-3 flex justify-end">
          <SignalFormDialog assetId={assetId} />
        </div>
      )}
      {signals.length === 0 ? (
        <p className="py-4 text-center text-sm text-slate-500" data-testid="signals-empty">
          {t(canWrite ? 'emptyWrite' : 'empty')}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {signals.map((s) => {
            const value = latest.get(s.id);
            const connectivity = connectivityOf(value, s.sampleIntervalSeconds, now, mapped.has(s.id.toLowerCase()));
            const origin = provenance.get(s.id.toLowerCase());
            return (
              <li
                key={s.id}
                className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2"
                data-testid="signal-latest"
              >
                <div className="min-w-0">
                  <a
                    href={`#signal-${s.id}`}
                    className="text-sm text-brand-700 hover:underline"
                    data-testid="signal-chart-link"
                  >
                    <bdi dir="ltr" className="font-mono break-all">
                      {s.tag}
                    </bdi>
                  </a>
                  <p className="text-xs text-slate-500">{s.description ?? ''}</p>
                  {value && (
                    <p
                      className="flex flex-wrap gap-x-2 text-xs text-slate-500"
                      aria-label={t('provenance.label')}
                      data-testid="signal-provenance"
                    >
                      <span>
                        {origin?.integrationName
                          ? t('provenance.integration', { name: origin.integrationName })
                          : t('provenance.direct')}
                      </span>
                      {origin?.externalTag && (
                        <span title={t('provenance.externalTag')}>
                          <bdi dir="ltr" className="font-mono break-all">
                            {origin.externalTag}
                          </bdi>
                        </span>
                      )}
                      <span>
                        {t('provenance.lastSeen', {
                          time: format.dateTime(value.receivedAt, { dateStyle: 'short', timeStyle: 'medium' }),
                        })}
                      </span>
                      <span>{t('provenance.quality', { quality: t(`quality.${value.quality}`) })}</span>
                    </p>
                  )}
                </div>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  {value ? (
                    <>
                      <Quantity
                        value={format.number(value.value, { maximumSignificantDigits: 6 })}
                        unit={s.unit}
                        className="font-semibold"
                        testId="signal-value"
                      />
                      <span className="text-xs text-slate-500" data-testid="signal-time">
                        {format.dateTime(value.ts, { dateStyle: 'short', timeStyle: 'medium' })}
                      </span>
                      {value.quality !== 'good' && (
                        <span className="text-xs text-amber-800">{t(`quality.${value.quality}`)}</span>
                      )}
                    </>
                  ) : (
                    <span className="text-xs text-slate-500">{t('noValue')}</span>
                  )}
                  <ConnectivityBadge connectivity={connectivity} label={t(`connectivity.${connectivity}`)} />
                  {canWrite && <SignalFormDialog assetId={assetId} signal={s} />}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
