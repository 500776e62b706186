import { getRequestConfig } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from './routing';
import { getRequestContext } from '../tenancy/request-context';
import { timeZoneOf } from '../tenants/system-tenant-time-zone';
import { DEFAULT_TIME_ZONE } from '../time/time-zones';

/**
 * Per request: the locale from the URL, and the time zone every date is formatted in — the
 * signed-in user's tenant's (UTC for the platform owner outside a tenant, the default zone when
 * signed out). NextIntlClientProvider passes the same zone to client components, so server and
 * browser render the same text whatever the browser's own zone.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const ctx = await getRequestContext();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: ctx ? await timeZoneOf(ctx) : DEFAULT_TIME_ZONE,
  };
});
