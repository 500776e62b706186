'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { Card } from '@/components/ui/card';
import { TENANT_ROLES } from '@/lib/rbac/permissions';
import { SSO_PRESETS, type SsoProvider } from '@/lib/sso/sso-presets';
import { parseDomainList, ZSsoConfigInput } from '@/lib/sso/sso-schema';
import { DiscoveryCheck } from './discovery-check';
import { Field, inputClass } from './field';
import { fieldErrors, type FieldErrors } from './form-errors';
import { ProviderPicker } from './provider-picker';
import { saveSsoConfig, type SsoConfigDto } from './sso-api';
import { ToggleField } from './toggle-field';

/** Server answers about the issuer itself, shown under its field. */
const ISSUER_ERRORS = ['sso.errors.issuerHttps', 'outbound.errors.addressRefused'];

/** The tenant's OpenID Connect settings, validated with the API's own schema before sending. */
export function SsoSettingsForm({ initial }: { initial: SsoConfigDto | null }) {
  const t = useTranslations();
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [takenDomains, setTakenDomains] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const pickProvider = (next: SsoProvider) => {
    setProvider(next);
    const preset = SSO_PRESETS[next];
    if (preset.issuerDefault && !issuer.trim()) setIssuer(preset.issuerDefault);
  };

  const submit = async (event: React.FormEvent) => {
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
    const local = parsed.success ? {} : fieldErrors(parsed.error.issues);
    if (!secretSet && !clientSecret.trim()) local.clientSecret ??= 'sso.errors.clientSecretRequired';
    setErrors(local);
    if (!parsed.success || Object.keys(local).length > 0) return;

    setSaving(true);
    const result = await saveSsoConfig(parsed.data);
    setSaving(false);
    if (!result.ok) {
      const byField = fieldErrors(result.errors);
      if (result.messageKey === 'sso.errors.domainTaken') {
        byField.allowedDomains = result.messageKey;
        setTakenDomains(result.domains);
      } else if (Object.keys(byField).length === 0 || ISSUER_ERRORS.includes(result.messageKey ?? '')) {
        byField[ISSUER_ERRORS.includes(result.messageKey ?? '') ? 'issuer' : 'form'] =
          result.messageKey && t.has(result.messageKey) ? result.messageKey : 'sso.errors.saveFailed';
      }
      setErrors(byField);
      return;
    }
    setSecretSet(result.data.config.clientSecretSet);
    setClientSecret('');
    setSaved(true);
    router.refresh();
  };

  const err = (field: keyof FieldErrors) => (errors[field] ? t(errors[field]!) : null);

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

      {errors.form && (
        <p role="alert" data-testid="sso-form-error" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t(errors.form)}
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
