'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ZUpdateTenant } from '@/lib/tenants/tenant-schemas';
import { fieldErrors, issuesToProblem, sendJson, type Problem } from './api';
import { buttonClass } from '@/components/ui/button';
import { describedBy, Field, FormError, inputClass } from '@/components/ui/field';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useMessage } from './use-message';

export interface EditableTenant {
  id: string;
  name: string;
  slug: string;
  defaultLocale: 'ar' | 'en';
}

/** Name and default language (the slug is fixed: it is in links). */
export function EditTenantDialog({ tenant, size = 'md' }: { tenant: EditableTenant; size?: 'sm' | 'md' }) {
  const t = useTranslations('tenants');
  const tLocales = useTranslations('locales');
  const message = useMessage();
  const toast = useToast();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(tenant.name);
  const [defaultLocale, setDefaultLocale] = useState(tenant.defaultLocale);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  const errors = problem ? fieldErrors(problem) : {};
  const formError =
    problem && !errors.name && !errors.defaultLocale ? message(errors._ ?? problem.messageKey) : undefined;

  const onOpenChange = (next: boolean) => {
    if (next) {
      setName(tenant.name);
      setDefaultLocale(tenant.defaultLocale);
      setProblem(null);
    }
    setOpen(next);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name, defaultLocale };
    const parsed = ZUpdateTenant.safeParse(body);
    if (!parsed.success) return setProblem(issuesToProblem(parsed.error.issues));
    setPending(true);
    const result = await sendJson<{ name: string }>(`/api/tenants/${tenant.id}`, 'PUT', body);
    setPending(false);
    if (!result.ok) return setProblem(result.problem);
    setOpen(false);
    toast(t('edit.saved', { name: result.data.name }));
    router.refresh();
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
            error={errors.name && message(errors.name)}
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
            error={errors.defaultLocale && message(errors.defaultLocale)}
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
