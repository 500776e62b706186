import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';

/** A site's or unit's heading: its name in the page's language, its code (LTR) and other name, then `actions`. */
export function PlaceHeader({
  locale,
  place,
  actions,
}: {
  locale: Locale;
  place: { code: string; nameAr: string; nameEn: string };
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold break-words" data-testid="place-title">
          {locale === 'ar' ? place.nameAr : place.nameEn}
        </h1>
        <p className="text-sm text-slate-500">
          <bdi dir="ltr" className="font-mono">
            {place.code}
          </bdi>{' '}
          · <span lang={locale === 'ar' ? 'en' : 'ar'}>{locale === 'ar' ? place.nameEn : place.nameAr}</span>
        </p>
      </div>
      {actions}
    </div>
  );
}
