'use client';

import { useCallback, useState } from 'react';
import { IdentifierStep } from './identifier-step';
import { PasswordStep } from './password-step';

/** Two steps: email or username first (SSO domains leave for their IdP), then the password. */
export function LoginForm({
  locale,
  next,
  notice,
  error,
  offerPassword = false,
}: {
  locale: string;
  next?: string;
  notice?: string;
  /** an SSO failure, already localized */
  error?: string;
  offerPassword?: boolean;
}) {
  const [identifier, setIdentifier] = useState('');
  const [step, setStep] = useState<'identifier' | 'password'>('identifier');
  const toPassword = useCallback((value: string) => {
    setIdentifier(value);
    setStep('password');
  }, []);

  if (step === 'password')
    return <PasswordStep locale={locale} next={next} identifier={identifier} onChange={() => setStep('identifier')} />;
  return (
    <IdentifierStep
      // A fresh step one after "Change", with the last identifier filled in.
      key={identifier}
      locale={locale}
      next={next}
      defaultIdentifier={identifier}
      error={error}
      notice={notice}
      offerPassword={offerPassword}
      onPassword={toPassword}
    />
  );
}
