'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { ZUpdateTenant } from '@/lib/tenants/tenant-schemas';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { buttonClass } from '@/components/ui/button';
import { describedBy, Field, FormError, inputClass } from '@/components/ui/field';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { TimeZoneSelect } from '@/components/time/time-zone-select';

const FIELDS = ['name', 'defaultLocale', 'timeZone'] as const;

export interface EditableTenant {
  id: string;
  name: string;
  slug: string;
  defaultLocale: 'ar' | 'en';
  timeZone: string;
}

/** Name, default language and time zone (the slug is fixed: it is in links). */
export function EditTenantDialog({ tenant, size = 'md' }: { tenant: EditableTenant; size?: 'sm' | 'md' }) {
  const t = useTranslations('tenants');
  const tLocales = useTranslations('locales');
  const message = useApiMessage();
  const toast = useToast();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(tenant.name);
  const [defaultLocale, setDefaultLocale] = useState(tenant.defaultLocale);
  const [timeZone, setTimeZone] = useState(tenant.timeZone);
  const [errors, setErrors] = useState<FormErrors>({});
  const save = useMutation({
    mutationFn: (body: { name: string; defaultLocale: 'ar' | 'en'; timeZone: string }) =>
      apiFetch<{ name: string }>(`/api/tenants/${encodeURIComponent(tenant.id)}`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      setOpen(false);
      toast(t('edit.saved', { name: saved.name }));
      router.refresh();
    },
    onError: (error) => setErrors(problemToFormErrors(error, { fields: FIELDS })),
  });
  const pending = save.isPending;
  const formError = errors[FORM_ERROR] && message(errors[FORM_ERROR], 'tenants.errors.generic');

  const onOpenChange = (next: boolean) => {
    if (next) {
      setName(tenant.name);
      setDefaultLocale(tenant.defaultLocale);
      setTimeZone(tenant.timeZone);
      setErrors({});
    }
    setOpen(next);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name, defaultLocale, timeZone };
    const parsed = ZUpdateTenant.safeParse(body);
    if (!parsed.success) return setErrors(problemToFormErrors(parsed.error, { fields: FIELDS }));
    setErrors({});
    save.mutate(body);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => onOpenChange(true)}
        className={buttonClass('secondary', size)}
        data-testid="edit-tenant"
        aria-label={size === 'sm' ? `${t('actions.edit')} — ${tenant.name}` : undefined}
      >
        {t('actions.edit')}
      </button>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title={t('edit.title')}
        closeLabel={t('close')}
        testId="edit-tenant-dialog"
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormError message={formError} />
          <Field
            id="edit-name"
            errorTestId="error-edit-name"
            label={t('name')}
            error={errors.name && message(errors.name, 'tenants.errors.generic')}
          >
            <input
              {...describedBy('edit-name', errors.name)}
              value={name}
              onChange={(e) => setName(e.target.value)}
              className={inputClass}
            />
          </Field>
          <Field id="edit-slug" errorTestId="error-edit-slug" label={t('slug')}>
            <input
              id="edit-slug"
              value={tenant.slug}
              readOnly
              dir="ltr"
              className={`${inputClass} bg-slate-50 font-mono text-slate-500`}
            />
          </Field>
          <Field
            id="edit-locale"
            errorTestId="error-edit-locale"
            label={t('defaultLocale')}
            error={errors.defaultLocale && message(errors.defaultLocale, 'tenants.errors.generic')}
          >
            <select
              {...describedBy('edit-locale', errors.defaultLocale)}
              value={defaultLocale}
              onChange={(e) => setDefaultLocale(e.target.value === 'en' ? 'en' : 'ar')}
              className={inputClass}
            >
              <option value="ar">{tLocales('ar')}</option>
              <option value="en">{tLocales('en')}</option>
            </select>
          </Field>
          <Field
            id="edit-time-zone"
            errorTestId="error-edit-time-zone"
            label={t('timeZone')}
            error={errors.timeZone && message(errors.timeZone, 'tenants.errors.generic')}
          >
            <TimeZoneSelect
              {...describedBy('edit-time-zone', errors.timeZone)}
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
            />
          </Field>
          <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
            <button type="button" onClick={() => setOpen(false)} className={buttonClass('secondary')}>
              {t('cancel')}
            </button>
            <button
              type="submit"
              disabled={pending}
              className={buttonClass('primary')}
              data-testid="edit-tenant-submit"
            >
              {pending ? t('edit.submitting') : t('edit.submit')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
