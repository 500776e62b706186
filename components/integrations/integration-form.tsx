'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { Field, FormError, Input } from '@/components/ui/field';
import { useApiMessage } from '@/components/api/use-api-message';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { ConfigFields } from './config-fields';
import { KindPushInfo } from './kind-push-info';
import { TestConnection, type TestRequest } from './test-connection';
import {
  configFromValues,
  errorFields,
  initialValues,
  KIND_FORMS,
  secretsFromValues,
  valuesFromConfig,
  type FormValues,
} from './kind-forms';
import { CONFIG_SCHEMAS } from './kind-schemas';
import { ZIntegrationName } from '@/lib/integrations/integration-schemas';
import {
  createIntegration,
  INTEGRATIONS_KEY,
  updateIntegration,
  type IntegrationKind,
  type IntegrationView,
} from './integration-requests';

/**
 * Create (kind given) or edit (integration given) an integration: its name, the kind's settings
 * (checked here with the API's name rule and the kind's zod schema, then by the API; both refusals
 * land on the fields),
 * write-only secrets, and Test connection with what is typed, before or after saving.
 */
export function IntegrationForm({
  kind,
  integration,
  onSaved,
  onCancel,
}: {
  kind: IntegrationKind;
  integration?: IntegrationView;
  onSaved: (saved: IntegrationView) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('integrationsUi');
  const message = useApiMessage();
  const queryClient = useQueryClient();
  const [name, setName] = useState(integration?.name ?? '');
  const [values, setValues] = useState<FormValues>(() =>
    integration ? valuesFromConfig(kind, integration.config) : initialValues(kind),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const fields = errorFields(kind);
  const err = (field: string) => (errors[field] ? message(errors[field], 'integrationsUi.invalid') : undefined);

  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof createIntegration>[0]) =>
      integration ? updateIntegration(integration.id, body) : createIntegration(body),
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: INTEGRATIONS_KEY });
      onSaved(saved);
    },
    onError: (error) => setErrors(problemToFormErrors(error, { fields })),
  });

  /** The config and secrets as typed, checked with the kind's schema; null (errors shown) when refused. */
  function checked(withName: boolean): { config: unknown; secrets: Record<string, string> } | null {
    const config = configFromValues(kind, values);
    const schema = CONFIG_SCHEMAS[kind];
    const parsed = schema ? schema.safeParse(config) : { success: true as const, data: config };
    const named = withName ? ZIntegrationName.safeParse(name) : { success: true as const };
    const found: FormErrors = {
      ...(named.success ? {} : { name: named.error.issues[0]!.message }),
      ...(parsed.success ? {} : problemToFormErrors(parsed.error, { fields })),
    };
    setErrors(found);
    return parsed.success && named.success ? { config: parsed.data, secrets: secretsFromValues(kind, values) } : null;
  }

  function testRequest(): TestRequest | null {
    const c = checked(false);
    return c && { kind, config: c.config, secrets: c.secrets, integrationId: integration?.id };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const c = checked(true);
    if (!c) return;
    const secrets = Object.keys(c.secrets).length > 0 ? c.secrets : undefined;
    mutation.mutate(
      integration
        ? { name: name.trim(), config: c.config, secrets }
        : { name: name.trim(), kind, config: c.config, secrets },
    );
  }

  const change = (key: string, value: string | boolean) => setValues((v) => ({ ...v, [key]: value }));
  const form = KIND_FORMS[kind];

  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-testid="integration-form" data-kind={kind}>
      <FormError message={errors[FORM_ERROR] ? message(errors[FORM_ERROR]) : undefined} />
      <Field id="integration-name" label={t('form.name')} hint={t('form.nameHint')} error={err('name')}>
        <Input
          id="integration-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          invalid={Boolean(err('name'))}
          autoComplete="off"
          data-testid="integration-name"
        />
      </Field>
      {form.fields.length > 0 || form.secrets.length > 0 ? (
        <fieldset>
          <legend className="mb-3 text-sm font-semibold text-slate-800">{t('form.settings')}</legend>
          <ConfigFields kind={kind} values={values} onChange={change} err={err} secretsSet={integration?.secretsSet} />
        </fieldset>
      ) : (
        <KindPushInfo kind={kind} integrationId={integration?.id} />
      )}
      {form.connects && <TestConnection build={testRequest} />}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button onClick={onCancel} disabled={mutation.isPending}>
          {t('form.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={mutation.isPending} data-testid="integration-save">
          {mutation.isPending ? t('form.saving') : t(integration ? 'form.save' : 'form.create')}
        </Button>
      </div>
    </form>
  );
}
