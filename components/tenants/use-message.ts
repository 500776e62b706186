'use client';

import { useTranslations } from 'next-intl';

/** Translates a message key from the API or a zod schema; an unknown key falls back to a generic text. */
export function useMessage() {
  const t = useTranslations();
  return (key: string | undefined, fallback = 'tenants.errors.generic') => (key && t.has(key) ? t(key) : t(fallback));
}
