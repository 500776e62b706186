/** Plain constants (no next-intl import) so server utilities and tests can use them anywhere. */
export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ar';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a NEXT_LOCALE cookie value stands for (Arabic unless it names English). */
export const localeFromCookie = (value: string | undefined): Locale => (value === 'en' ? 'en' : DEFAULT_LOCALE);

export const directionOf = (locale: Locale) => (locale === 'ar' ? 'rtl' : 'ltr');
