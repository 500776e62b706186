'use client';

import { useActionState, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { resolveSignInAction, type ResolveResult } from './resolve-action';
import { FieldInput, FormMessage, SubmitButton } from './form-parts';

/** Step one: who are you? Usernames and password users continue to step two; SSO users leave for their IdP. */
export function IdentifierStep({
  locale,
  next,
  defaultIdentifier,
  error,
  notice,
  offerPassword,
  onPassword,
}: {
  locale: string;
  next?: string;
  defaultIdentifier: string;
  error?: string;
  notice?: string;
  offerPassword: boolean;
  onPassword: (identifier: string) => void;
}) {
  const t = useTranslations('login');
  const [preferPassword, setPreferPassword] = useState(false);
  const [state, action, pending] = useActionState<ResolveResult, FormData>(resolveSignInAction, {
    step: 'identifier',
  });
  useEffect(() => {
    if (state.step === 'password') onPassword(state.identifier);
    // A full navigation: the IdP is another site.
    if (state.step === 'sso') window.location.assign(state.url);
  }, [state, onPassword]);
  const redirecting = state.step === 'sso';
  const shownError = state.step === 'identifier' && state.error ? t(state.error) : error;

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {preferPassword && <input type="hidden" name="preferPassword" value="1" />}
      {notice && !shownError && <FormMessage tone="notice">{notice}</FormMessage>}
      {shownError && !redirecting && <FormMessage tone="error">{shownError}</FormMessage>}
      {redirecting && <FormMessage tone="info">{t('redirecting')}</FormMessage>}
      <FieldInput
        id="identifier"
        name="identifier"
        label={t('identifier')}
        hint={t('identifierHint')}
        type="text"
        autoComplete="username"
        defaultValue={defaultIdentifier}
        autoFocus
      />
      <SubmitButton pending={pending || redirecting}>
        {redirecting ? t('redirecting') : pending ? t('continuing') : t('continue')}
      </SubmitButton>
      {offerPassword && !preferPassword && (
        <button
          type="button"
          onClick={() => setPreferPassword(true)}
          data-testid="use-password"
          className="w-full text-center text-sm font-medium text-brand-700 hover:underline"
        >
          {t('usePassword')}
        </button>
      )}
    </form>
  );
}
