'use client';

import { useDeferredValue, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import clsx from 'clsx';
import { Field, Input } from '@/components/ui/field';
import { listAssets, listSignals, PLANT_KEY } from '@/components/plant/plant-requests';

export interface PickedSignal {
  assetId: string;
  assetLabel: string;
  signalId: string;
  signalUnit: string | null;
}

/**
 * Pick an asset (searched by tag or name on the server), then one of its signals (filtered here).
 * `initial` preselects an existing mapping's asset and signal.
 */
export function AssetSignalPicker({
  value,
  onChange,
  error,
}: {
  value: PickedSignal | null;
  onChange: (picked: PickedSignal | null) => void;
  error?: string;
}) {
  const t = useTranslations('integrationsUi.mapping');
  const locale = useLocale();
  const [q, setQ] = useState('');
  const [signalFilter, setSignalFilter] = useState('');
  const search = useDeferredValue(q.trim());
  const assets = useQuery({
    queryKey: [...PLANT_KEY, 'assets', 'pick', search],
    queryFn: ({ signal }) => listAssets({ q: search || undefined, pageSize: 20, sort: 'tag' }, signal),
  });
  const signals = useQuery({
    queryKey: [...PLANT_KEY, 'signals', value?.assetId],
    queryFn: ({ signal }) => listSignals(value!.assetId, signal),
    enabled: Boolean(value?.assetId),
  });
  const shownSignals = (signals.data?.items ?? []).filter((s) =>
    `${s.tag} ${s.description ?? ''}`.toLowerCase().includes(signalFilter.trim().toLowerCase()),
  );

  return (
    <div className="space-y-3">
      <Field id="mapping-asset-search" label={t('asset')} hint={value ? undefined : t('assetHint')}>
        <Input
          id="mapping-asset-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('assetSearch')}
          autoComplete="off"
          data-testid="mapping-asset-search"
        />
      </Field>
      {value && (
        <p className="text-sm" data-testid="mapping-asset-picked">
          <span className="text-slate-500">{t('assetPicked')} </span>
          <span className="font-medium">{value.assetLabel}</span>
        </p>
      )}
      <ul
        className="max-h-40 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
        role="listbox"
        aria-label={t('asset')}
      >
        {(assets.data?.items ?? []).map((a) => {
          const label = `${locale === 'en' ? a.nameEn : a.nameAr}`;
          const selected = value?.assetId === a.id;
          return (
            <li key={a.id} role="option" aria-selected={selected}>
              <button
                type="button"
                className={clsx(
                  'flex w-full flex-wrap items-baseline gap-x-2 px-3 py-2 text-start text-sm hover:bg-slate-50',
                  selected && 'bg-brand-50',
                )}
                onClick={() => {
                  setSignalFilter('');
                  onChange({ assetId: a.id, assetLabel: label, signalId: '', signalUnit: null });
                }}
                data-testid="mapping-asset-option"
              >
                <bdi dir="ltr" className="font-mono text-xs text-slate-600">
                  {a.tag}
                </bdi>
                <span>{label}</span>
              </button>
            </li>
          );
        })}
        {assets.data?.items.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">{t('noAssets')}</li>}
      </ul>
      {value && (
        <Field id="mapping-signal-filter" label={t('signal')} error={error}>
          <Input
            id="mapping-signal-filter"
            type="search"
            value={signalFilter}
            onChange={(e) => setSignalFilter(e.target.value)}
            placeholder={t('signalSearch')}
            autoComplete="off"
            invalid={Boolean(error)}
          />
          <ul
            className="mt-2 max-h-44 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200"
            role="listbox"
            aria-label={t('signal')}
          >
            {shownSignals.map((s) => {
              const selected = value.signalId === s.id;
              return (
                <li key={s.id} role="option" aria-selected={selected}>
                  <button
                    type="button"
                    className={clsx(
                      'flex w-full flex-wrap items-baseline gap-x-2 px-3 py-2 text-start text-sm hover:bg-slate-50',
                      selected && 'bg-brand-50 font-medium',
                    )}
                    onClick={() => onChange({ ...value, signalId: s.id, signalUnit: s.unit })}
                    data-testid="mapping-signal-option"
                    data-tag={s.tag}
                  >
                    <span aria-hidden className={selected ? 'text-brand-700' : 'invisible'}>
                      ✓
                    </span>
                    <bdi dir="ltr" className="font-mono">
                      {s.tag}
                    </bdi>
                    {s.unit && (
                      <bdi dir="ltr" className="text-xs text-slate-500">
                        {s.unit}
                      </bdi>
                    )}
                    {s.description && <span className="text-xs text-slate-500">{s.description}</span>}
                  </button>
                </li>
              );
            })}
            {signals.data && shownSignals.length === 0 && (
              <li className="px-3 py-2 text-sm text-slate-500">{t('noSignals')}</li>
            )}
          </ul>
        </Field>
      )}
    </div>
  );
}
