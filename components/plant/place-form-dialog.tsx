'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { useToast } from '@/components/ui/toast';
import { ZCreateSite, ZCreateUnit, ZUpdateSite, ZUpdateUnit } from '@/lib/plant/site-schemas';
import { textOf } from '@/lib/plant/form-input';
import { PlantDialog } from './plant-dialog';
import { TextField } from './text-field';
import { saveSite, saveUnit, type Place } from './plant-requests';
import { usePlantForm } from './use-plant-form';

const FIELDS = ['code', 'nameAr', 'nameEn'] as const;

/**
 * Create or edit a site, or a unit of `siteId`: code and both names, checked with the API's schema.
 * After saving the page's server data is reloaded.
 */
export function PlaceFormDialog({
  kind,
  place,
  siteId,
  variant,
}: {
  kind: 'site' | 'unit';
  /** given: edit it; absent: create one */
  place?: Place;
  /** the unit's site (creating a unit) */
  siteId?: string;
  variant?: 'primary' | 'secondary';
}) {
  const t = useTranslations('plantUi');
  const toast = useToast();
  const router = useRouter();
  const schema = kind === 'site' ? (place ? ZUpdateSite : ZCreateSite) : place ? ZUpdateUnit : ZCreateUnit;
  const form = usePlantForm({
    schema,
    fields: FIELDS,
    send: (body) => (kind === 'site' ? saveSite : saveUnit)({ id: place?.id, body }),
    onSaved: (saved: Place) => {
      toast(t(place ? 'toasts.saved' : 'toasts.created', { code: saved.code }));
      router.refresh();
    },
  });
  const action = place ? 'edit' : 'create';
  return (
    <PlantDialog
      label={t(`${kind}.${action}`)}
      title={t(`${kind}.${action}Title`)}
      submitLabel={t(place ? 'save' : 'create')}
      testId={`${action}-${kind}`}
      variant={variant ?? (place ? 'secondary' : 'primary')}
      form={form}
      onSubmit={(data) =>
        form.submit({
          ...(kind === 'unit' && !place ? { siteId } : {}),
          code: textOf(data, 'code'),
          nameAr: textOf(data, 'nameAr'),
          nameEn: textOf(data, 'nameEn'),
        })
      }
    >
      <TextField
        form={form}
        prefix={kind}
        name="code"
        label={t('fields.code')}
        hint={t('fields.codeHint')}
        dir="ltr"
        autoComplete="off"
        defaultValue={place?.code}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          form={form}
          prefix={kind}
          name="nameAr"
          label={t('fields.nameAr')}
          dir="rtl"
          defaultValue={place?.nameAr}
        />
        <TextField
          form={form}
          prefix={kind}
          name="nameEn"
          label={t('fields.nameEn')}
          dir="ltr"
          defaultValue={place?.nameEn}
        />
      </div>
    </PlantDialog>
  );
}
