import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { NavItem } from './nav-items';
import { visiblePage } from './require-page';

type Props = { params: Promise<{ locale: string }> };

/**
 * generateMetadata for a page guarded by requirePage(keys): its title (a message key such as
 * 'users.title') for those who may see it, and the not-found title for everyone else, so a title
 * never reveals a page that answers 404. The locale layout's template appends "· OPTRIA IQ".
 */
export function guardedTitle(keys: NavItem['key'] | NavItem['key'][], titleKey: string) {
  return async ({ params }: Props): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale });
    return { title: (await visiblePage(keys)) ? t(titleKey) : t('errors.notFoundTitle') };
  };
}
