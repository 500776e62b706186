'use client';

import { useState, type FormEvent } from 'react';
import { useTimeZone, useTranslations } from 'next-intl';
import { dayIn, endOfDayIn } from '@/lib/time/day-bounds';
import { DEFAULT_TIME_ZONE } from '@/lib/time/time-zones';
import { useMutation } from '@tanstack/react-query';
import { API_KEY_NAME_MAX, API_KEY_ROLES, ZCreateApiKey, type CreateApiKeyInput } from '@/lib/api-keys/schemas';
import { FORM_ERROR, problemToFormErrors } from '@/lib/http/form-errors';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';

export interface CreatedKey {
  key: { id: string; name: string };
  secret: string;
}

type FieldErrors = Partial<Record<'name' | 'expiresAt', string>>;

/** A chosen day means "until the end of that day" in the tenant's time zone (not the browser's). */
const endOfDay = (date: string, timeZone: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return new Date(NaN);
  return new Date(endOfDayIn(date, timeZone).getTime() - 1);
};

const field =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30';

/** Name, role and optional expiry; validated with the API's own schema before it is sent. */
export function CreateApiKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (c: CreatedKey) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('apiKeys');
  const tRoles = useTranslations('roles');
  const message = useApiMessage();
  // Always set by lib/i18n/request.ts; the fallback only satisfies the type.
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (input: CreateApiKeyInput) => apiFetch<CreatedKey>('/api/api-keys', { method: 'POST', body: input }),
    onSuccess: onCreated,
    onError: (error) => {
      const { [FORM_ERROR]: form, ...fields } = problemToFormErrors(error, { fields: ['name', 'expiresAt'] });
      const text = (key: string | undefined) => key && message(key, 'apiKeys.errors.generic');
      setErrors({ name: text(fields.name), expiresAt: text(fields.expiresAt) });
      setFormError(text(form) || null);
    },
  });
  const pending = create.isPending;

  function validate(form: FormData): CreateApiKeyInput | null {
    const date = String(form.get('expiresAt') ?? '');
    const expires = date ? endOfDay(date, timeZone) : null;
    const next: FieldErrors = {};
    if (expires && Number.isNaN(expires.getTime())) next.expiresAt = t('errors.expiryInvalid');
    else if (expires && expires.getTime() <= Date.now()) next.expiresAt = t('errors.expiryInPast');
    const input = {
      name: String(form.get('name') ?? ''),
      role: String(form.get('role') ?? ''),
      expiresAt: expires && !next.expiresAt ? expires.toISOString() : null,
    };
    const parsed = ZCreateApiKey.safeParse(input);
    const nameIssue = parsed.error?.issues.find((issue) => issue.path[0] === 'name');
    // The schema's messages are keys (e.g. validation.invisibleCharacters); the limit fills {max}.
    if (nameIssue) next.name = message(nameIssue.message, 'apiKeys.errors.generic', { max: API_KEY_NAME_MAX });
    setErrors(next);
    return Object.keys(next).length === 0 && parsed.success ? (input as CreateApiKeyInput) : null;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const input = validate(new FormData(event.currentTarget));
    if (input) create.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="create-api-key-form">
      <div>
        <label htmlFor="api-key-name" className="mb-1 block text-sm font-medium">
          {t('name')}
        </label>
        <input
          id="api-key-name"
          name="name"
          maxLength={API_KEY_NAME_MAX + 1}
          placeholder={t('namePlaceholder')}
          aria-invalid={Boolean(errors.name)}
          aria-describedby={errors.name ? 'api-key-name-error' : undefined}
          className={field}
          autoComplete="off"
        />
        {errors.name && (
          <p id="api-key-name-error" className="mt-1 text-sm text-red-700">
            {errors.name}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="api-key-role" className="mb-1 block text-sm font-medium">
          {t('role')}
        </label>
        <select id="api-key-role" name="role" defaultValue="viewer" className={field}>
          {API_KEY_ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="api-key-expiry" className="mb-1 block text-sm font-medium">
          {t('expiry')}
        </label>
        <input
          id="api-key-expiry"
          name="expiresAt"
          type="date"
          min={dayIn(new Date(), timeZone)}
          aria-invalid={Boolean(errors.expiresAt)}
          aria-describedby={errors.expiresAt ? 'api-key-expiry-error' : 'api-key-expiry-hint'}
          className={field}
        />
        {errors.expiresAt ? (
          <p id="api-key-expiry-error" className="mt-1 text-sm text-red-700">
            {errors.expiresAt}
          </p>
        ) : (
          <p id="api-key-expiry-hint" className="mt-1 text-xs text-slate-500">
            {t('expiryHint')}
          </p>
        )}
      </div>
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="create-error">
          {formError}
        </p>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50"
        >
          {t('cancel')}
        </button>
        <button
          type="submit"
          disabled={pending}
          data-testid="create-api-key-submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t('creating') : t('submit')}
        </button>
      </div>
    </form>
  );
}
