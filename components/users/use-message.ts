'use client';

import { useTranslations } from 'next-intl';

/** Translates a message key from the API or a zod schema; unknown keys fall back to a generic text. */
export function useMessage() {
  const t = useTranslations();
  return (key: string | undefined, fallback = 'users.errors.generic') => (key && t.has(key) ? t(key) : t(fallback));
}
