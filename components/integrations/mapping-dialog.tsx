'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Field, FormError, Input } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { useApiMessage } from '@/components/api/use-api-message';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { AssetSignalPicker, type PickedSignal } from './asset-signal-picker';
import { INTEGRATIONS_KEY, saveMapping, type MappingView } from './integration-requests';

const FIELDS = ['externalTag', 'signalId', 'sourceUnit', 'scale', 'offset', 'deadband'] as const;

/** Text of an optional number field: '' → null, a number → it, anything else stays text for the API to name. */
const numberOrText = (text: string) =>
  text.trim() === '' ? null : Number.isFinite(Number(text)) ? Number(text) : text;

/**
 * Map one external tag to a signal: pick the asset, then the signal; the source's unit (empty =
 * same as the signal's; converted or refused by the API), scale and offset (value × scale + offset)
 * and a deadband. Edits an existing mapping when `mapping` is given.
 */
export function MappingDialog({
  integrationId,
  externalTag,
  mapping,
  onClose,
}: {
  integrationId: string;
  externalTag: string;
  mapping?: MappingView;
  onClose: () => void;
}) {
  const t = useTranslations('integrationsUi.mapping');
  const tUi = useTranslations('integrationsUi');
  const message = useApiMessage();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<PickedSignal | null>(
    mapping
      ? {
          assetId: mapping.signal.assetId,
          assetLabel: mapping.signal.assetName,
          signalId: mapping.signalId,
          signalUnit: mapping.signal.unit,
        }
      : null,
  );
  const [values, setValues] = useState({
    sourceUnit: mapping?.sourceUnit ?? '',
    scale: String(mapping?.scale ?? 1),
    offset: String(mapping?.offset ?? 0),
    deadband: mapping?.deadband == null ? '' : String(mapping.deadband),
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const err = (f: string) => (errors[f] ? message(errors[f], 'integrationsUi.invalid') : undefined);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof saveMapping>[2]) => saveMapping(integrationId, mapping?.id, body),
    onSuccess: () => {
      toast(tUi(mapping ? 'toasts.mappingSaved' : 'toasts.mapped', { tag: externalTag }));
      queryClient.invalidateQueries({ queryKey: INTEGRATIONS_KEY });
      onClose();
    },
    onError: (error) => setErrors(problemToFormErrors(error, { fields: FIELDS })),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!picked?.signalId) return setErrors({ signalId: 'integrationsUi.mapping.pickSignal' });
    const sourceUnit = values.sourceUnit.trim();
    mutation.mutate({
      ...(mapping ? {} : { externalTag }),
      signalId: picked.signalId,
      sourceUnit: sourceUnit === '' ? null : sourceUnit,
      scale: numberOrText(values.scale) ?? 1,
      offset: numberOrText(values.offset) ?? 0,
      deadband: numberOrText(values.deadband),
    } as Parameters<typeof saveMapping>[2]);
  }

  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const number = (key: 'scale' | 'offset' | 'deadband') => (
    <Field id={`mapping-${key}`} label={t(key)} hint={t(`${key}Hint`)} error={err(key)}>
      <Input
        id={`mapping-${key}`}
        dir="ltr"
        inputMode="decimal"
        value={values[key]}
        onChange={set(key)}
        invalid={Boolean(err(key))}
        data-testid={`mapping-${key}`}
      />
    </Field>
  );

  return (
    <Dialog
      open
      onOpenChange={(o) => !o && !mutation.isPending && onClose()}
      title={t(mapping ? 'editTitle' : 'title')}
      description={
        <>
          {t('tag')}{' '}
          <bdi dir="ltr" className="font-mono break-all" data-testid="mapping-external-tag">
            {externalTag}
          </bdi>
        </>
      }
      closeLabel={tUi('close')}
      testId="mapping-dialog"
      wide
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError message={errors[FORM_ERROR] ? message(errors[FORM_ERROR]) : err('externalTag')} />
        <AssetSignalPicker value={picked} onChange={setPicked} error={err('signalId')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="mapping-sourceUnit"
            label={t('sourceUnit')}
            hint={picked?.signalUnit ? t('sourceUnitHintOf', { unit: picked.signalUnit }) : t('sourceUnitHint')}
            error={err('sourceUnit')}
          >
            <Input
              id="mapping-sourceUnit"
              dir="ltr"
              value={values.sourceUnit}
              onChange={set('sourceUnit')}
              invalid={Boolean(err('sourceUnit'))}
              autoComplete="off"
              data-testid="mapping-sourceUnit"
            />
          </Field>
          {number('deadband')}
          {number('scale')}
          {number('offset')}
        </div>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {tUi('form.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending} data-testid="mapping-save">
            {mutation.isPending ? tUi('form.saving') : t(mapping ? 'save' : 'map')}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
