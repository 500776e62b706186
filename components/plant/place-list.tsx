import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';

interface PlaceItem {
  id: string;
  code: string;
  nameAr: string;
  nameEn: string;
}

/**
 * Sites or units as rows that wrap on phones: the code (a technical identifier, LTR) links to the
 * place's page, then its name in the page's language and, quieter, in the other one.
 */
export function PlaceList({
  locale,
  items,
  href,
  testId,
}: {
  locale: Locale;
  items: PlaceItem[];
  href: (id: string) => string;
  testId: string;
}) {
  return (
    <ul className="divide-y divide-slate-100" data-testid={`${testId}-list`}>
      {items.map((p) => (
        <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2" data-testid={`${testId}-row`}>
          <Link href={href(p.id)} className="font-medium text-brand-700 hover:underline">
            <bdi dir="ltr" className="font-mono">
              {p.code}
            </bdi>
          </Link>
          <span className="min-w-0 break-words">{locale === 'ar' ? p.nameAr : p.nameEn}</span>
          <span className="min-w-0 text-sm break-words text-slate-500" lang={locale === 'ar' ? 'en' : 'ar'}>
            {locale === 'ar' ? p.nameEn : p.nameAr}
          </span>
        </li>
      ))}
    </ul>
  );
}
