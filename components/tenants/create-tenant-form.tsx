'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { ZCreateTenant } from '@/lib/tenants/tenant-schemas';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { buttonClass } from '@/components/ui/button';
import { describedBy, Field, FormError, inputClass } from '@/components/ui/field';
import { ChoiceGroup } from './choice-group';
import { slugify } from './slugify';
import type { CreatedTenant } from './created-tenant';

type AuthSource = 'local' | 'sso';
type PasswordMode = 'generate' | 'set';

const EMPTY = { name: '', slug: '', defaultLocale: 'ar', adminName: '', email: '', username: '', password: '' };

/** The request body from the form: blank optional fields are left out, SSO admins get no password fields. */
function toBody(v: typeof EMPTY, authSource: AuthSource, passwordMode: PasswordMode) {
  const text = (s: string) => (s.trim() === '' ? undefined : s);
  const admin =
    authSource === 'sso'
      ? { authSource, name: v.adminName, email: v.email }
      : {
          authSource,
          name: v.adminName,
          email: text(v.email),
          username: text(v.username),
          password: passwordMode === 'set' ? v.password : undefined,
        };
  return { name: v.name, slug: v.slug, defaultLocale: v.defaultLocale, admin };
}

/** Form field id for an error path from zod or the API. */
const FIELD_IDS: Record<string, string> = {
  name: 'tenant-name',
  slug: 'tenant-slug',
  defaultLocale: 'tenant-locale',
  'admin.name': 'admin-name',
  'admin.email': 'admin-email',
  'admin.username': 'admin-username',
  'admin.password': 'admin-password',
};

export function CreateTenantForm({
  onCreated,
  onCancel,
}: {
  onCreated: (c: CreatedTenant) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('tenants');
  const tLocales = useTranslations('locales');
  const message = useApiMessage();
  const [values, setValues] = useState(EMPTY);
  const [slugEdited, setSlugEdited] = useState(false);
  const [authSource, setAuthSource] = useState<AuthSource>('local');
  const [passwordMode, setPasswordMode] = useState<PasswordMode>('generate');
  const [keys, setKeys] = useState<FormErrors>({});
  const create = useMutation({
    mutationFn: (body: ReturnType<typeof toBody>) => apiFetch<CreatedTenant>('/api/tenants', { method: 'POST', body }),
    onSuccess: onCreated,
    onError: (error) => setKeys(problemToFormErrors(error, { fields: FIELD_IDS })),
  });
  const pending = create.isPending;

  const errors: Record<string, string> = {};
  for (const [field, key] of Object.entries(keys)) errors[field] = message(key, 'tenants.errors.generic');
  const formError = errors[FORM_ERROR];

  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setValues((v) => ({ ...v, [key]: value, ...(key === 'name' && !slugEdited ? { slug: slugify(value) } : {}) }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = toBody(values, authSource, passwordMode);
    const parsed = ZCreateTenant.safeParse(body);
    if (!parsed.success) return setKeys(problemToFormErrors(parsed.error, { fields: FIELD_IDS }));
    setKeys({});
    create.mutate(body);
  }

  const input = (id: string, key: keyof typeof EMPTY, extra: object = {}, hint = false) => (
    <input
      {...describedBy(id, errors[id], hint)}
      value={values[key]}
      onChange={set(key)}
      className={inputClass}
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-5" data-testid="create-tenant-form">
      <FormError message={formError} />
      <div className="grid gap-5 sm:grid-cols-2 sm:gap-6">
        <section className="space-y-3">
          <h3 className="text-sm font-semibold text-slate-900">{t('create.tenantSection')}</h3>
          <Field id="tenant-name" errorTestId="error-tenant-name" label={t('name')} error={errors['tenant-name']}>
            {input('tenant-name', 'name', { autoComplete: 'organization' })}
          </Field>
          <Field
            id="tenant-slug"
            errorTestId="error-tenant-slug"
            label={t('slug')}
            hint={t('create.slugHint')}
            error={errors['tenant-slug']}
          >
            <input
              {...describedBy('tenant-slug', errors['tenant-slug'], true)}
              value={values.slug}
              onChange={(e) => {
                setSlugEdited(true);
                set('slug')(e);
              }}
              dir="ltr"
              spellCheck={false}
              autoCapitalize="none"
              className={`${inputClass} font-mono`}
            />
          </Field>
          <Field
            id="tenant-locale"
            errorTestId="error-tenant-locale"
            label={t('defaultLocale')}
            error={errors['tenant-locale']}
          >
            <select
              {...describedBy('tenant-locale', errors['tenant-locale'])}
              value={values.defaultLocale}
              onChange={set('defaultLocale')}
              className={inputClass}
            >
              <option value="ar">{tLocales('ar')}</option>
              <option value="en">{tLocales('en')}</option>
            </select>
          </Field>
        </section>

        <section className="space-y-3 border-t border-slate-200 pt-4 sm:border-s sm:border-t-0 sm:ps-6 sm:pt-0">
          <h3 className="text-sm font-semibold text-slate-900">{t('create.adminSection')}</h3>
          <ChoiceGroup
            name="auth-source"
            legend={t('create.authSource')}
            value={authSource}
            onChange={setAuthSource}
            options={[
              { value: 'local', label: t('create.local') },
              { value: 'sso', label: t('create.sso') },
            ]}
          />
          {authSource === 'sso' && (
            <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-600">{t('create.ssoHint')}</p>
          )}
          <Field
            id="admin-name"
            errorTestId="error-admin-name"
            label={t('create.adminName')}
            error={errors['admin-name']}
          >
            {input('admin-name', 'adminName', { autoComplete: 'off' })}
          </Field>
          <Field
            id="admin-email"
            errorTestId="error-admin-email"
            label={t('create.email')}
            hint={authSource === 'local' ? t('create.identifierHint') : undefined}
            error={errors['admin-email']}
          >
            {input('admin-email', 'email', { type: 'email', dir: 'ltr', autoComplete: 'off' }, authSource === 'local')}
          </Field>
          {authSource === 'local' && (
            <>
              <Field
                id="admin-username"
                errorTestId="error-admin-username"
                label={t('create.username')}
                error={errors['admin-username']}
              >
                {input('admin-username', 'username', { dir: 'ltr', autoComplete: 'off', autoCapitalize: 'none' })}
              </Field>
              <ChoiceGroup
                name="password-mode"
                legend={t('create.passwordMode')}
                value={passwordMode}
                onChange={setPasswordMode}
                options={[
                  { value: 'generate', label: t('create.generate') },
                  { value: 'set', label: t('create.setPassword') },
                ]}
              />
              {passwordMode === 'set' && (
                <Field
                  id="admin-password"
                  errorTestId="error-admin-password"
                  label={t('create.password')}
                  hint={t('create.passwordHint')}
                  error={errors['admin-password']}
                >
                  {input(
                    'admin-password',
                    'password',
                    { type: 'password', dir: 'ltr', autoComplete: 'new-password' },
                    true,
                  )}
                </Field>
              )}
            </>
          )}
        </section>
      </div>

      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        <button type="button" onClick={onCancel} className={buttonClass('secondary')}>
          {t('cancel')}
        </button>
        <button type="submit" disabled={pending} className={buttonClass('primary')} data-testid="create-tenant-submit">
          {pending ? t('create.submitting') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}
