'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import clsx from 'clsx';
import { useRouter } from '@/lib/i18n/navigation';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import {
  ASSET_CRITICALITIES,
  ASSET_TYPES,
  METADATA_MAX_BYTES,
  ZCreateAsset,
  ZUpdateAsset,
} from '@/lib/plant/asset-schemas';
import { jsonInput, jsonText, textOf } from '@/lib/plant/form-input';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { PlantDialog } from './plant-dialog';
import { listAssets, PLANT_KEY, saveAsset, type Asset, type Site, type Unit } from './plant-requests';
import { usePlantForm } from './use-plant-form';

const FIELDS = [
  'unitId',
  'parentId',
  'tag',
  'nameAr',
  'nameEn',
  'type',
  'criticality',
  'manufacturer',
  'model',
  'installDate',
  'metadata',
] as const;

/**
 * Create or edit an asset. A new asset's unit is an explicit choice (no unit is preselected unless
 * the page is about that unit); given `sites` spanning several sites, a site is chosen first and
 * the units narrow to it. The parent is chosen among the assets of the chosen unit (the API
 * refuses a parent that would make a cycle). Status is not here: retiring has its own action.
 */
export function AssetFormDialog({
  asset,
  units,
  sites = [],
  unitId,
  siteId,
  size,
}: {
  asset?: Asset;
  /** the units it may be placed in */
  units: Unit[];
  /** the sites of those units, to choose one first when there are several */
  sites?: Site[];
  /** the unit a new asset starts in */
  unitId?: string;
  /** the site a new asset starts in (e.g. the list's site filter) */
  siteId?: string;
  size?: 'sm' | 'md';
}) {
  const t = useTranslations('plantUi');
  const tAssets = useTranslations('assetsPage');
  const locale = useLocale();
  const toast = useToast();
  const router = useRouter();
  const [unit, setUnit] = useState(asset?.unitId ?? unitId ?? '');
  const siteOf = (u: string) => units.find((x) => x.id === u)?.siteId;
  const siteChoices = sites.filter((s) => units.some((u) => u.siteId === s.id));
  const [site, setSite] = useState(siteOf(unit) ?? siteId ?? '');
  const chooseSite = siteChoices.length > 1;
  const unitChoices = chooseSite ? units.filter((u) => u.siteId === site) : units;
  const form = usePlantForm({
    schema: asset ? ZUpdateAsset : ZCreateAsset,
    fields: FIELDS,
    send: (body) => saveAsset({ id: asset?.id, body }),
    onSaved: (saved) => {
      toast(t(asset ? 'toasts.saved' : 'toasts.created', { code: saved.tag }));
      router.refresh();
    },
  });
  const parents = useQuery({
    queryKey: [...PLANT_KEY, 'assets', { unit }],
    queryFn: ({ signal }) => listAssets({ unit_id: unit, pageSize: 100 }, signal),
    enabled: form.open && Boolean(unit),
  });
  const name = (x: { nameAr: string; nameEn: string }) => (locale === 'ar' ? x.nameAr : x.nameEn);
  const id = (f: string) => `asset-${f}`;
  const action = asset ? 'edit' : 'create';

  return (
    <PlantDialog
      label={t(`asset.${action}`)}
      title={t(`asset.${action}Title`)}
      submitLabel={t(asset ? 'save' : 'create')}
      testId={`${action}-asset`}
      variant={asset ? 'secondary' : 'primary'}
      size={size}
      wide
      form={form}
      onSubmit={(data) =>
        form.submit({
          unitId: unit,
          parentId: textOf(data, 'parentId') || null,
          tag: textOf(data, 'tag'),
          nameAr: textOf(data, 'nameAr'),
          nameEn: textOf(data, 'nameEn'),
          type: textOf(data, 'type'),
          criticality: textOf(data, 'criticality'),
          manufacturer: textOf(data, 'manufacturer'),
          model: textOf(data, 'model'),
          installDate: textOf(data, 'installDate'),
          metadata: jsonInput(textOf(data, 'metadata')),
        })
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          form={form}
          prefix="asset"
          name="tag"
          label={t('fields.tag')}
          hint={t('fields.tagHint')}
          dir="ltr"
          autoComplete="off"
          defaultValue={asset?.tag}
        />
        {chooseSite && (
          <SelectField
            form={form}
            prefix="asset"
            name="siteId"
            label={t('fields.site')}
            value={site}
            onChange={(e) => {
              setSite(e.target.value);
              setUnit('');
            }}
            blank={t('chooseSite')}
            options={siteChoices.map((s) => ({ value: s.id, label: `${s.code} · ${name(s)}` }))}
          />
        )}
        <SelectField
          form={form}
          prefix="asset"
          name="unitId"
          label={t('fields.unit')}
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          blank={t('chooseUnit')}
          options={unitChoices.map((u) => ({ value: u.id, label: `${u.code} · ${name(u)}` }))}
        />
        <TextField
          form={form}
          prefix="asset"
          name="nameAr"
          label={t('fields.nameAr')}
          dir="rtl"
          defaultValue={asset?.nameAr}
        />
        <TextField
          form={form}
          prefix="asset"
          name="nameEn"
          label={t('fields.nameEn')}
          dir="ltr"
          defaultValue={asset?.nameEn}
        />
        <SelectField
          form={form}
          prefix="asset"
          name="type"
          label={t('fields.type')}
          defaultValue={asset?.type ?? ''}
          blank={t('choose')}
          options={ASSET_TYPES.map((v) => ({ value: v, label: tAssets(`types.${v}`) }))}
        />
        <SelectField
          form={form}
          prefix="asset"
          name="criticality"
          label={t('fields.criticality')}
          hint={t('fields.criticalityHint')}
          defaultValue={asset?.criticality ?? ''}
          blank={t('choose')}
          options={ASSET_CRITICALITIES.map((v) => ({ value: v, label: tAssets(`criticality.${v}`) }))}
        />
        <SelectField
          form={form}
          prefix="asset"
          name="parentId"
          label={t('fields.parent')}
          key={`${unit}-${parents.data ? 'loaded' : 'loading'}`}
          defaultValue={asset?.parentId ?? ''}
          blank={t('none')}
          options={(parents.data?.items ?? [])
            .filter((a) => a.id !== asset?.id)
            .map((a) => ({ value: a.id, label: `${a.tag} · ${name(a)}` }))}
        />
        <TextField
          form={form}
          prefix="asset"
          name="installDate"
          label={t('fields.installDate')}
          type="date"
          dir="ltr"
          defaultValue={asset?.installDate ?? ''}
        />
        <TextField
          form={form}
          prefix="asset"
          name="manufacturer"
          label={t('fields.manufacturer')}
          defaultValue={asset?.manufacturer ?? ''}
        />
        <TextField
          form={form}
          prefix="asset"
          name="model"
          label={t('fields.model')}
          defaultValue={asset?.model ?? ''}
        />
      </div>
      <Field
        id={id('metadata')}
        label={t('fields.metadata')}
        hint={t('fields.metadataHint', { kb: METADATA_MAX_BYTES / 1024 })}
        error={form.err('metadata')}
      >
        <textarea
          {...describedBy(id('metadata'), form.err('metadata'), true)}
          name="metadata"
          dir="ltr"
          rows={4}
          defaultValue={jsonText(asset?.metadata)}
          placeholder='{"ratedPowerKw": 75}'
          className={clsx(inputClass, 'font-mono')}
        />
      </Field>
    </PlantDialog>
  );
}
