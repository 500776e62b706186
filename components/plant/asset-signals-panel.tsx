'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { limitBands } from '@/lib/plant/limit-bands';
import { QueryState } from './query-state';
import { SignalFormDialog } from './signal-form-dialog';
import { listSignals, PLANT_KEY, type Signal } from './plant-requests';

/**
 * An asset's signals (tags) with their unit, kind and limits; engineers add and edit them here.
 * Loaded in the browser (kept fresh after each save); a later health/connectivity column can be
 * added by the asset page around the same rows.
 */
export function AssetSignalsPanel({ assetId, canWrite }: { assetId: string; canWrite: boolean }) {
  const t = useTranslations('plantUi');
  const signals = useQuery({
    queryKey: [...PLANT_KEY, 'signals', assetId],
    queryFn: ({ signal }) => listSignals(assetId, signal),
  });
  const format = useFormatter();
  const end = (v: number | null, open: string) => (v === null ? open : format.number(v));
  // "normal 10 … 50 · critical −∞ … 80": each band low … high, numbers left to right.
  const limits = (s: Signal) => {
    const bands = limitBands(s);
    if (bands.length === 0) return t('signal.noLimits');
    return bands.map((b) => (
      <span key={b.band} className="me-2 inline-block">
        {t(`bands.${b.band}`)}{' '}
        <bdi dir="ltr">
          {end(b.low, '−∞')} … {end(b.high, '+∞')}
        </bdi>
      </span>
    ));
  };

  return (
    <div data-testid="asset-signals">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">{t('signal.title')}</h3>
        {canWrite && <SignalFormDialog assetId={assetId} />}
      </div>
      <QueryState
        query={signals}
        empty={t(canWrite ? 'signal.emptyWrite' : 'signal.empty')}
        emptyTestId="signals-empty"
      >
        {(items) => (
          <ul className="divide-y divide-slate-100">
            {items.map((s) => (
              <li key={s.id} className="flex flex-wrap items-start justify-between gap-2 py-2" data-testid="signal-row">
                <div className="min-w-0">
                  <p className="text-sm">
                    <bdi dir="ltr" className="font-mono break-all">
                      {s.tag}
                    </bdi>{' '}
                    {s.unit && (
                      <bdi dir="ltr" className="text-slate-500">
                        [{s.unit}]
                      </bdi>
                    )}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t(`signalKinds.${s.kind}`)}
                    {s.description ? ` · ${s.description}` : ''}
                  </p>
                  <p className="text-xs text-slate-500" data-testid="signal-limits">
                    {limits(s)}
                  </p>
                </div>
                {canWrite && <SignalFormDialog assetId={assetId} signal={s} />}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}
