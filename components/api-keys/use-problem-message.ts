'use client';

import { useTranslations } from 'next-intl';

/** The localized text of a problem's messageKey, or a generic message for anything unknown. */
export function useProblemMessage() {
  const t = useTranslations();
  return (messageKey: string | null, values?: Record<string, string | number>) =>
    messageKey && t.has(messageKey) ? t(messageKey, values) : t('apiKeys.errors.generic');
}
