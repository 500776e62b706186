'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import clsx from 'clsx';

/** A plain link with ?lang=: the proxy remembers the choice and the server re-renders with the right dir. */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations('header');
  const locale = useLocale();
  const pathname = usePathname();
  const search = new URLSearchParams(useSearchParams()?.toString());
  search.set('lang', locale === 'ar' ? 'en' : 'ar');
  return (
    <a
      href={`${pathname}?${search.toString()}`}
      hrefLang={locale === 'ar' ? 'en' : 'ar'}
      lang={locale === 'ar' ? 'en' : 'ar'}
      data-testid="language-switch"
      className={clsx('rounded-md px-2 py-1 text-sm font-medium', className)}
    >
      {t('switchLanguage')}
    </a>
  );
}
