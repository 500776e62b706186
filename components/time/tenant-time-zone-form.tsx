'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { ZUpdateTenantSettings } from '@/lib/tenants/tenant-settings-schemas';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { buttonClass } from '@/components/ui/button';
import { describedBy, Field, FormError } from '@/components/ui/field';
import { TimeZoneSelect } from './time-zone-select';
import type { TimeZoneGroup } from '@/lib/time/time-zone-options';

/** The tenant administrator's time zone setting (PUT /api/tenant-settings); the page reloads in the new zone. */
export function TenantTimeZoneForm({ timeZone, groups }: { timeZone: string; groups: TimeZoneGroup[] }) {
  const t = useTranslations('timeZone');
  const tSettings = useTranslations('settings');
  const message = useApiMessage();
  const router = useRouter();
  const [value, setValue] = useState(timeZone);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: { timeZone: string }) =>
      apiFetch<{ timeZone: string }>('/api/tenant-settings', { method: 'PUT', body }),
    onSuccess: (result) => {
      setSaved(result.timeZone);
      router.refresh();
    },
    onError: (error) => setErrors(problemToFormErrors(error, { fields: ['timeZone'] })),
  });
  const fieldError = errors.timeZone && message(errors.timeZone, 'timeZone.errors.generic');
  const formError = errors[FORM_ERROR] && message(errors[FORM_ERROR], 'timeZone.errors.generic');

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const parsed = ZUpdateTenantSettings.safeParse({ timeZone: value });
    if (!parsed.success) return setErrors(problemToFormErrors(parsed.error, { fields: ['timeZone'] }));
    setErrors({});
    save.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="time-zone-form">
      <FormError message={formError} />
      <Field id="tenant-time-zone" label={tSettings('timeZone')} hint={tSettings('timeZoneHint')} error={fieldError}>
        <TimeZoneSelect
          {...describedBy('tenant-time-zone', errors.timeZone, true)}
          groups={groups}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          data-testid="time-zone-select"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={save.isPending} className={buttonClass('primary')} data-testid="time-zone-save">
          {save.isPending ? t('saving') : t('save')}
        </button>
        {saved && (
          <p role="status" className="text-sm text-emerald-700" data-testid="time-zone-saved">
            {t('saved', { zone: saved })}
          </p>
        )}
      </div>
    </form>
  );
}
