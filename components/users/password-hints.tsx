'use client';

import { useTranslations } from 'next-intl';
import { PASSWORD_MIN, PASSWORD_RECOMMENDED } from '@/lib/users/schemas';

/** The policy in plain words (no composition rules to list: there are none). */
export function PasswordHints({ id }: { id?: string }) {
  const t = useTranslations('users.passwordHints');
  return (
    <ul id={id} className="mt-1 list-disc space-y-0.5 ps-5 text-xs text-slate-500" data-testid="password-hints">
      <li>{t('min', { min: PASSWORD_MIN, recommended: PASSWORD_RECOMMENDED })}</li>
      <li>{t('phrase')}</li>
      <li>{t('breached')}</li>
    </ul>
  );
}
