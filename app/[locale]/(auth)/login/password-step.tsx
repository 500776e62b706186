'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInAction, type SignInState } from './actions';
import { FieldInput, FormMessage, SubmitButton } from './form-parts';

/** Step two for local accounts: the password. */
export function PasswordStep({
  locale,
  next,
  identifier,
  onChange,
}: {
  locale: string;
  next?: string;
  identifier: string;
  onChange: () => void;
}) {
  const t = useTranslations('login');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {state.error && <FormMessage tone="error">{t(state.error)}</FormMessage>}
      <div className="flex items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">{t('signingInAs')}</p>
          <p className="truncate text-sm font-medium" dir="ltr" data-testid="login-identifier">
            {identifier}
          </p>
        </div>
        <button
          type="button"
          onClick={onChange}
          data-testid="change-identifier"
          className="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          {t('change')}
        </button>
      </div>
      {/* Kept in the form for the action and for password managers. */}
      <input type="hidden" name="identifier" value={identifier} autoComplete="username" />
      <FieldInput
        id="password"
        name="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        autoFocus
      />
      <SubmitButton pending={pending}>{pending ? t('submitting') : t('submit')}</SubmitButton>
    </form>
  );
}
