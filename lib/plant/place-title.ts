import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

type Params = Promise<{ locale: string; id: string }>;

/**
 * generateMetadata for a site or unit page: "<its name> · <section>" in the page's language, or
 * the not-found title when `load` gives null (missing, another tenant's, or not visible to the viewer).
 */
export function placeTitle(
  load: (id: string) => Promise<{ nameAr: string; nameEn: string } | null>,
  sectionKey: string,
) {
  return async ({ params }: { params: Params }): Promise<Metadata> => {
    const { locale, id } = await params;
    const [place, t] = await Promise.all([load(id), getTranslations({ locale })]);
    if (!place) return { title: t('errors.notFoundTitle') };
    return { title: `${locale === 'ar' ? place.nameAr : place.nameEn} · ${t(sectionKey)}` };
  };
}
