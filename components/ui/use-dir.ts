'use client';

import { useLocale } from 'next-intl';
import { directionOf, isLocale } from '@/lib/i18n/locales';

/** The reading direction of the current locale, for Radix primitives that render in portals. */
export function useDir(): 'rtl' | 'ltr' {
  const locale = useLocale();
  return directionOf(isLocale(locale) ? locale : 'ar');
}
