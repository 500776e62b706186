'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { useApiMessage } from '@/components/api/use-api-message';
import { LINK_MEDIA, ZCreateAssetLink } from '@/lib/plant/asset-schemas';
import { textOf } from '@/lib/plant/form-input';
import { NativeSelect } from './native-select';
import { QueryState } from './query-state';
import { PlantDialog } from './plant-dialog';
import { createLink, deleteLink, listAssets, listLinks, PLANT_KEY, type AssetLink } from './plant-requests';
import { usePlantForm } from './use-plant-form';

type End = { id: string; tag: string; nameAr: string; nameEn: string };

/** The process-flow links from and to an asset; engineers add (to or from an asset of its unit) and remove them. */
export function AssetLinksPanel({ asset, canWrite }: { asset: End & { unitId: string }; canWrite: boolean }) {
  const t = useTranslations('plantUi');
  const locale = useLocale();
  const links = useQuery({
    queryKey: [...PLANT_KEY, 'links', asset.id],
    queryFn: ({ signal }) => listLinks(asset.id, signal),
  });
  const [removing, setRemoving] = useState<AssetLink | null>(null);
  const end = (e: End) => (
    <span>
      <bdi dir="ltr" className="font-mono">
        {e.tag}
      </bdi>{' '}
      <span className="text-slate-500">{locale === 'ar' ? e.nameAr : e.nameEn}</span>
    </span>
  );

  return (
    <div data-testid="asset-links">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">{t('link.title')}</h3>
        {canWrite && <AddLinkDialog asset={asset} />}
      </div>
      <QueryState query={links} empty={t('link.empty')} emptyTestId="links-empty">
        {(items) => (
          <ul className="divide-y divide-slate-100">
            {items.map((l) => (
              <li
                key={l.id}
                className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                data-testid="link-row"
              >
                <span className="flex flex-wrap items-center gap-1">
                  {end(l.fromAsset)}
                  <span aria-hidden className="rtl:rotate-180">
                    →
                  </span>
                  <span className="sr-only">{t('link.to')}</span>
                  {end(l.toAsset)}
                  <span className="rounded bg-sky-50 px-1.5 text-xs text-sky-800">{t(`media.${l.medium}`)}</span>
                </span>
                {canWrite && (
                  <Button size="sm" variant="ghost" onClick={() => setRemoving(l)} data-testid="remove-link">
                    {t('link.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {removing && <RemoveLink link={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
}

function RemoveLink({ link, onClose }: { link: AssetLink; onClose: () => void }) {
  const t = useTranslations('plantUi');
  const message = useApiMessage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteLink(link.id),
    onSuccess: () => {
      onClose();
      queryClient.invalidateQueries({ queryKey: PLANT_KEY });
    },
  });
  return (
    <ConfirmDialog
      open
      onOpenChange={(o) => !o && onClose()}
      title={t('link.removeTitle')}
      body={t('link.removeBody', { from: link.fromAsset.tag, to: link.toAsset.tag })}
      confirmLabel={t('link.remove')}
      cancelLabel={t('cancel')}
      pending={remove.isPending}
      error={remove.error ? message(remove.error) : undefined}
      onConfirm={() => remove.mutate()}
      testId="remove-link-dialog"
    />
  );
}

const FIELDS = ['fromAssetId', 'toAssetId', 'medium'] as const;

function AddLinkDialog({ asset }: { asset: End & { unitId: string } }) {
  const t = useTranslations('plantUi');
  const locale = useLocale();
  const toast = useToast();
  const queryClient = useQueryClient();
  const form = usePlantForm({
    schema: ZCreateAssetLink,
    fields: FIELDS,
    send: createLink,
    onSaved: () => {
      toast(t('link.added'));
      queryClient.invalidateQueries({ queryKey: PLANT_KEY });
    },
  });
  const others = useQuery({
    queryKey: [...PLANT_KEY, 'assets', { unit: asset.unitId }],
    queryFn: ({ signal }) => listAssets({ unit_id: asset.unitId, pageSize: 100 }, signal),
    enabled: form.open,
  });
  const options = (others.data?.items ?? [])
    .filter((a) => a.id !== asset.id)
    .map((a) => ({ value: a.id, label: `${a.tag} · ${locale === 'ar' ? a.nameAr : a.nameEn}` }));
  return (
    <PlantDialog
      label={t('link.add')}
      title={t('link.addTitle', { code: asset.tag })}
      submitLabel={t('link.add')}
      testId="add-link"
      variant="primary"
      size="sm"
      form={form}
      onSubmit={(data) => {
        const other = textOf(data, 'other');
        const outgoing = textOf(data, 'direction') !== 'in';
        form.submit({
          fromAssetId: outgoing ? asset.id : other,
          toAssetId: outgoing ? other : asset.id,
          medium: textOf(data, 'medium'),
        });
      }}
    >
      <Field id="link-direction" label={t('link.direction')}>
        <NativeSelect
          id="link-direction"
          name="direction"
          options={[
            { value: 'out', label: t('link.outgoing', { code: asset.tag }) },
            { value: 'in', label: t('link.incoming', { code: asset.tag }) },
          ]}
        />
      </Field>
      <Field id="link-other" label={t('link.other')} error={form.err('toAssetId') ?? form.err('fromAssetId')}>
        <NativeSelect
          id="link-other"
          name="other"
          key={others.data ? 'loaded' : 'loading'}
          error={form.err('toAssetId') ?? form.err('fromAssetId')}
          blank={t('choose')}
          options={options}
        />
      </Field>
      <Field id="link-medium" label={t('link.medium')} error={form.err('medium')}>
        <NativeSelect
          id="link-medium"
          name="medium"
          error={form.err('medium')}
          blank={t('choose')}
          options={LINK_MEDIA.map((m) => ({ value: m, label: t(`media.${m}`) }))}
        />
      </Field>
    </PlantDialog>
  );
}
