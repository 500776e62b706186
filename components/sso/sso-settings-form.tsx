'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { Card } from '@/components/ui/card';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { TENANT_ROLES } from '@/lib/rbac/permissions';
import { SSO_PRESETS, type SsoProvider } from '@/lib/sso/sso-presets';
import { parseDomainList, ZSsoConfigInput, type SsoConfigInput } from '@/lib/sso/sso-schema';
import { DiscoveryCheck } from './discovery-check';
import { Field, inputClass } from './field';
import { ProviderPicker } from './provider-picker';
import { ToggleField } from './toggle-field';

/** The stored settings as the page passes them (never the secret itself). */
export interface SsoConfigDto {
  provider: SsoConfigInput['provider'];
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  allowedDomains: string[];
  defaultRole: string;
  jitEnabled: boolean;
  enabled: boolean;
}

const FIELDS = ['provider', 'issuer', 'clientId', 'clientSecret', 'allowedDomains', 'defaultRole'] as const;
type SsoField = (typeof FIELDS)[number] | typeof FORM_ERROR;

/** The tenant's OpenID Connect settings, validated with the API's own schema before sending. */
export function SsoSettingsForm({ initial }: { initial: SsoConfigDto | null }) {
  const t = useTranslations();
  const message = useApiMessage();
  const router = useRouter();
  const [secretSet, setSecretSet] = useState(initial?.clientSecretSet ?? false);
  const [provider, setProvider] = useState<SsoProvider>(initial?.provider ?? 'entra_id');
  const [issuer, setIssuer] = useState(initial?.issuer ?? '');
  const [clientId, setClientId] = useState(initial?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState((initial?.allowedDomains ?? []).join('\n'));
  const [defaultRole, setDefaultRole] = useState(initial?.defaultRole ?? 'viewer');
  const [jitEnabled, setJitEnabled] = useState(initial?.jitEnabled ?? true);
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [errors, setErrors] = useState<FormErrors>({});
  const [takenDomains, setTakenDomains] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (input: SsoConfigInput) =>
      apiFetch<{ config: SsoConfigDto; redirectUri: string }>('/api/sso-config', { method: 'PUT', body: input }),
    onError: (error) => {
      // The outbound policy gives one answer for every refused address, naming no field: it is the issuer's.
      const refused = error.code === 'outbound_address_refused';
      setErrors(
        problemToFormErrors(refused ? { messageKey: error.messageKey, field: 'issuer' } : error, { fields: FIELDS }),
      );
      const domains = error.details?.domains;
      setTakenDomains(Array.isArray(domains) ? domains.map(String) : []);
    },
    onSuccess: ({ config }) => {
      setSecretSet(config.clientSecretSet);
      setClientSecret('');
      setSaved(true);
      router.refresh();
    },
  });
  const saving = save.isPending;

  const pickProvider = (next: SsoProvider) => {
    setProvider(next);
    const preset = SSO_PRESETS[next];
    if (preset.issuerDefault && !issuer.trim()) setIssuer(preset.issuerDefault);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setTakenDomains([]);
    const input = {
      provider,
      issuer,
      clientId,
      clientSecret,
      allowedDomains: parseDomainList(domains),
      defaultRole,
      jitEnabled,
      enabled,
    };
    const parsed = ZSsoConfigInput.safeParse(input);
    const local = parsed.success ? {} : problemToFormErrors(parsed.error, { fields: FIELDS });
    if (!secretSet && !clientSecret.trim()) local.clientSecret ??= 'sso.errors.clientSecretRequired';
    setErrors(local);
    if (parsed.success && Object.keys(local).length === 0) save.mutate(parsed.data);
  };

  const err = (field: SsoField) => (errors[field] ? message(errors[field], 'sso.errors.saveFailed') : null);

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="sso-form">
      <Card title={t('sso.providerTitle')}>
        <div className="space-y-4">
          <ProviderPicker value={provider} onChange={pickProvider} />
          <Field id="sso-issuer" label={t('sso.issuer')} help={t('sso.issuerHelp')} error={err('issuer')}>
            <input
              id="sso-issuer"
              dir="ltr"
              type="url"
              value={issuer}
              onChange={(e) => setIssuer(e.target.value)}
              placeholder={SSO_PRESETS[provider].issuerExample}
              aria-invalid={Boolean(errors.issuer)}
              className={inputClass}
            />
          </Field>
          <DiscoveryCheck issuer={issuer} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="sso-client-id" label={t('sso.clientId')} error={err('clientId')}>
              <input
                id="sso-client-id"
                dir="ltr"
                value={clientId}
                onChange={(e) => setClientId(e.target.value)}
                autoComplete="off"
                aria-invalid={Boolean(errors.clientId)}
                className={inputClass}
              />
            </Field>
            <Field
              id="sso-client-secret"
              label={
                <span className="flex items-center gap-2">
                  {t('sso.clientSecret')}
                  {secretSet && (
                    <span
                      className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800"
                      data-testid="sso-secret-stored"
                    >
                      {t('sso.secretStored')}
                    </span>
                  )}
                </span>
              }
              help={secretSet ? t('sso.clientSecretKeep') : t('sso.clientSecretHelp')}
              error={err('clientSecret')}
            >
              <input
                id="sso-client-secret"
                dir="ltr"
                type="password"
                value={clientSecret}
                onChange={(e) => setClientSecret(e.target.value)}
                autoComplete="new-password"
                placeholder={secretSet ? '••••••••' : ''}
                aria-invalid={Boolean(errors.clientSecret)}
                className={inputClass}
              />
            </Field>
          </div>
        </div>
      </Card>

      <Card title={t('sso.usersTitle')}>
        <div className="space-y-4">
          <Field
            id="sso-domains"
            label={t('sso.allowedDomains')}
            help={t('sso.allowedDomainsHelp')}
            error={err('allowedDomains') && [err('allowedDomains'), takenDomains.join(', ')].filter(Boolean).join(' ')}
          >
            <textarea
              id="sso-domains"
              dir="ltr"
              rows={3}
              value={domains}
              onChange={(e) => setDomains(e.target.value)}
              placeholder="example.com"
              aria-invalid={Boolean(errors.allowedDomains)}
              className={`${inputClass} font-mono`}
            />
          </Field>
          <Field
            id="sso-default-role"
            label={t('sso.defaultRole')}
            help={t('sso.defaultRoleHelp')}
            error={err('defaultRole')}
          >
            <select
              id="sso-default-role"
              value={defaultRole}
              onChange={(e) => setDefaultRole(e.target.value)}
              className={`${inputClass} bg-white`}
            >
              {TENANT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </Field>
          <ToggleField
            id="sso-jit"
            label={t('sso.jitEnabled')}
            help={t('sso.jitHelp')}
            checked={jitEnabled}
            onChange={setJitEnabled}
          />
          <ToggleField
            id="sso-enabled"
            label={t('sso.enabled')}
            help={t('sso.enabledHelp')}
            checked={enabled}
            onChange={setEnabled}
          />
        </div>
      </Card>

      {errors[FORM_ERROR] && (
        <p role="alert" data-testid="sso-form-error" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {err(FORM_ERROR)}
        </p>
      )}
      {saved && (
        <p role="status" data-testid="sso-saved" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800">
          {t('sso.saved')}
        </p>
      )}
      <div className="flex justify-end">
        <button
          type="submit"
          disabled={saving}
          data-testid="sso-save"
          className="w-full rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
        >
          {saving ? t('sso.saving') : t('sso.save')}
        </button>
      </div>
    </form>
  );
}
