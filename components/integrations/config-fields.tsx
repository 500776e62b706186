'use client';

import { useTranslations } from 'next-intl';
import clsx from 'clsx';
import { Field, Input, describedBy, inputClass } from '@/components/ui/field';
import { NativeSelect } from '@/components/plant/native-select';
import { isVisibleField, KIND_FORMS, secretApplies, type ConfigField, type FormValues } from './kind-forms';
import type { IntegrationKind } from './integration-requests';
import { codeTag } from './code-tag';

interface Props {
  kind: IntegrationKind;
  values: FormValues;
  onChange: (key: string, value: string | boolean) => void;
  err: (field: string) => string | undefined;
  /** names of the secrets already stored (edit): their fields say so and may stay empty */
  secretsSet?: string[];
}

/** A kind's configuration fields (kind-forms.ts), then its secrets as write-only fields. */
export function ConfigFields({ kind, values, onChange, err, secretsSet = [] }: Props) {
  const t = useTranslations('integrationsUi');
  const form = KIND_FORMS[kind];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {form.fields
        .filter((f) => isVisibleField(f, values))
        .map((f) => (
          <ConfigInput key={f.key} field={f} kind={kind} value={values[f.key]} onChange={onChange} error={err(f.key)} />
        ))}
      {secretApplies(kind, values) &&
        form.secrets.map((s) => {
          const id = `integration-secret-${s}`;
          const set = secretsSet.includes(s);
          const key = `secret.${s}`;
          return (
            <Field
              key={s}
              id={id}
              label={t(`secrets.${s}`)}
              hint={set ? t('secrets.setKeep') : t('secrets.notSet')}
              error={err(key)}
            >
              <Input
                id={id}
                type="password"
                dir="ltr"
                autoComplete="new-password"
                value={String(values[key] ?? '')}
                placeholder={set ? '••••••••' : undefined}
                invalid={Boolean(err(key))}
                onChange={(e) => onChange(key, e.target.value)}
                data-testid={id}
              />
            </Field>
          );
        })}
    </div>
  );
}

function ConfigInput({
  field,
  kind,
  value,
  onChange,
  error,
}: {
  field: ConfigField;
  kind: IntegrationKind;
  value: string | boolean | undefined;
  onChange: Props['onChange'];
  error?: string;
}) {
  const t = useTranslations(`integrationsUi.fields.${kind}`);
  const id = `integration-${field.key}`;
  const hintKey = `${field.key}Hint`;
  const hint = t.has(hintKey) ? t.rich(hintKey, codeTag) : undefined;
  const label = t(field.key);
  const common = { 'data-testid': id, dir: field.ltr ? 'ltr' : undefined } as const;

  if (field.type === 'checkbox')
    return (
      <div className="sm:col-span-2">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4 rounded border-slate-300"
            checked={Boolean(value)}
            onChange={(e) => onChange(field.key, e.target.checked)}
            {...describedBy(id, error, Boolean(hint))}
            data-testid={id}
          />
          <span>
            <span className="font-medium text-slate-700">{label}</span>
            {hint && (
              <span id={`${id}-hint`} className="block text-xs text-slate-500">
                {hint}
              </span>
            )}
          </span>
        </label>
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700" data-testid={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    );

  const wide =
    field.type === 'lines' || field.type === 'textarea' || field.key === 'url' || field.key === 'endpointUrl';
  return (
    <div className={clsx(wide && 'sm:col-span-2')}>
      <Field id={id} label={label} hint={hint} error={error}>
        {field.type === 'select' ? (
          <NativeSelect
            id={id}
            value={String(value ?? '')}
            error={error}
            onChange={(e) => onChange(field.key, e.target.value)}
            options={(field.options ?? []).map((o) => ({
              value: o,
              label: t.has(`options.${o}`) ? t(`options.${o}`) : o,
            }))}
            {...common}
          />
        ) : field.type === 'lines' || field.type === 'textarea' ? (
          <textarea
            {...describedBy(id, error, Boolean(hint))}
            rows={field.type === 'lines' ? 3 : 4}
            className={clsx(inputClass, 'font-mono')}
            value={String(value ?? '')}
            placeholder={field.placeholder}
            spellCheck={false}
            onChange={(e) => onChange(field.key, e.target.value)}
            {...common}
          />
        ) : (
          <Input
            id={id}
            value={String(value ?? '')}
            inputMode={field.type === 'number' ? 'numeric' : undefined}
            placeholder={field.placeholder}
            autoComplete="off"
            spellCheck={false}
            invalid={Boolean(error)}
            onChange={(e) => onChange(field.key, e.target.value)}
            {...common}
            dir={field.ltr || field.type === 'number' ? 'ltr' : undefined}
          />
        )}
      </Field>
    </div>
  );
}
