import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from './locales';

export { LOCALE_COOKIE, isLocale, directionOf, type Locale } from './locales';

/** Arabic is the default and unprefixed (/dashboard); English lives under /en. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  // The choice is remembered by proxy.ts (?lang= and the NEXT_LOCALE cookie), not by Accept-Language.
  localeDetection: false,
});
