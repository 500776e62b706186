'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { PasswordHints } from '@/components/users/password-hints';
import { useApiMessage } from '@/components/api/use-api-message';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { ZChangePassword } from '@/lib/users/schemas';
import { changePasswordAction, type ChangePasswordState } from './actions';

/** Current + new + confirm, checked here with the server's schema before the action runs. */
export function ChangePasswordForm({ locale }: { locale: string }) {
  const t = useTranslations('changePassword');
  const message = useApiMessage();
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const [local, setLocal] = useState<FormErrors | null>(null);
  const [show, setShow] = useState(false);
  const errors = local ?? state.errors ?? {};

  function check(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const parsed = ZChangePassword.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      event.preventDefault();
      setLocal(problemToFormErrors(parsed.error));
    } else setLocal(null);
  }

  const err = (field: string) => (errors[field] ? message(errors[field], 'users.validation.invalid') : undefined);
  const type = show ? 'text' : 'password';
  return (
    <form action={action} onSubmit={check} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {errors[FORM_ERROR] && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="change-password-error">
          {message(errors[FORM_ERROR], 'users.errors.generic')}
        </p>
      )}
      <Field id="currentPassword" label={t('current')} error={err('currentPassword')}>
        <Input
          id="currentPassword"
          name="currentPassword"
          type={type}
          dir="ltr"
          autoComplete="current-password"
          invalid={!!errors.currentPassword}
        />
      </Field>
      <Field id="newPassword" label={t('new')} error={err('newPassword')}>
        <Input
          id="newPassword"
          name="newPassword"
          type={type}
          dir="ltr"
          autoComplete="new-password"
          invalid={!!errors.newPassword}
        />
        <PasswordHints />
      </Field>
      <Field id="confirmPassword" label={t('confirm')} error={err('confirmPassword')}>
        <Input
          id="confirmPassword"
          name="confirmPassword"
          type={type}
          dir="ltr"
          autoComplete="new-password"
          invalid={!!errors.confirmPassword}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
        {t('show')}
      </label>
      <Button
        type="submit"
        variant="primary"
        disabled={pending}
        className="w-full"
        data-testid="change-password-submit"
      >
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
