'use client';

import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { useToast } from '@/components/ui/toast';
import { LIMIT_FIELDS, SIGNAL_KINDS, ZCreateSignal, ZUpdateSignal } from '@/lib/plant/signal-schemas';
import { numberInput, textOf } from '@/lib/plant/form-input';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { PlantDialog } from './plant-dialog';
import { PLANT_KEY, saveSignal, type Signal } from './plant-requests';
import { usePlantForm } from './use-plant-form';

const FIELDS = ['tag', 'description', 'unit', 'kind', ...LIMIT_FIELDS, 'sampleIntervalSeconds'] as const;

/**
 * Create or edit a signal of an asset: tag, description, engineering unit, kind, the six limits
 * (their order is checked here with the API's rule, and again by the API against stored ones) and
 * the expected sample interval.
 */
export function SignalFormDialog({ assetId, signal }: { assetId: string; signal?: Signal }) {
  const t = useTranslations('plantUi');
  const toast = useToast();
  const queryClient = useQueryClient();
  const form = usePlantForm({
    schema: signal ? ZUpdateSignal : ZCreateSignal,
    fields: FIELDS,
    send: (body) => saveSignal({ id: signal?.id, body }),
    onSaved: (saved) => {
      toast(t(signal ? 'toasts.saved' : 'toasts.created', { code: saved.tag }));
      queryClient.invalidateQueries({ queryKey: PLANT_KEY });
    },
  });
  const action = signal ? 'edit' : 'create';
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

  return (
    <PlantDialog
      label={t(`signal.${action}`)}
      title={t(`signal.${action}Title`)}
      submitLabel={t(signal ? 'save' : 'create')}
      testId={`${action}-signal`}
      variant={signal ? 'ghost' : 'primary'}
      size="sm"
      wide
      form={form}
      onSubmit={(data) =>
        form.submit({
          ...(signal ? {} : { assetId }),
          tag: textOf(data, 'tag'),
          description: textOf(data, 'description'),
          unit: textOf(data, 'unit'),
          kind: textOf(data, 'kind'),
          ...Object.fromEntries(LIMIT_FIELDS.map((f) => [f, numberInput(textOf(data, f))])),
          sampleIntervalSeconds: numberInput(textOf(data, 'sampleIntervalSeconds')),
        })
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          form={form}
          prefix="signal"
          name="tag"
          label={t('fields.signalTag')}
          hint={t('fields.signalTagHint')}
          dir="ltr"
          autoComplete="off"
          defaultValue={signal?.tag}
        />
        <SelectField
          form={form}
          prefix="signal"
          name="kind"
          label={t('fields.kind')}
          defaultValue={signal?.kind ?? ''}
          blank={t('choose')}
          options={SIGNAL_KINDS.map((v) => ({ value: v, label: t(`signalKinds.${v}`) }))}
        />
        <TextField
          form={form}
          prefix="signal"
          name="description"
          label={t('fields.description')}
          defaultValue={signal?.description ?? ''}
        />
        <TextField
          form={form}
          prefix="signal"
          name="unit"
          label={t('fields.engineeringUnit')}
          hint={t('fields.engineeringUnitHint')}
          dir="ltr"
          defaultValue={signal?.unit ?? ''}
        />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('fields.limits')}</legend>
        <p className="mb-2 text-xs text-slate-500">{t('fields.limitsHint')}</p>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {LIMIT_FIELDS.map((f) => (
            <TextField
              key={f}
              form={form}
              prefix="signal"
              name={f}
              label={t(`limits.${f}`)}
              inputMode="decimal"
              dir="ltr"
              defaultValue={number(signal?.[f])}
            />
          ))}
        </div>
      </fieldset>
      <TextField
        form={form}
        prefix="signal"
        name="sampleIntervalSeconds"
        label={t('fields.sampleInterval')}
        hint={t('fields.sampleIntervalHint')}
        inputMode="numeric"
        dir="ltr"
        defaultValue={number(signal?.sampleIntervalSeconds)}
      />
    </PlantDialog>
  );
}
