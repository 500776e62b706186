'use client';

import { useTranslations } from 'next-intl';

/** The localized text of a problem's messageKey, or a generic message for anything unknown. */
export function useProblemMessage() {
  const t = useTranslations();
  return (messageKey: string | null) => (messageKey && t.has(messageKey) ? t(messageKey) : t('apiKeys.errors.generic'));
}
