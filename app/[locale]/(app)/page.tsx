import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { tenantFlags } from '@/lib/flags/is-enabled';
import { Link } from '@/lib/i18n/navigation';
import { visibleNav } from '@/lib/navigation/nav-items';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';

export const generateMetadata = guardedTitle('home', 'nav.home');

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { ctx } = await requirePage('home');
  const t = await getTranslations();
  const links = visibleNav(ctx, await tenantFlags(ctx.tenantId)).filter((i) => i.key !== 'home');
  const intro = ctx.tenantName
    ? t('home.tenantIntro', { tenant: ctx.tenantName, role: t(`roles.${ctx.role}`) })
    : t('home.platformIntro');
  return (
    <div className="mx-auto max-w-4xl" data-testid={`home-${ctx.role}`}>
      <PageHeader title={t('home.welcome', { name: ctx.name })} description={intro} />
      <Card title={t('home.yourAccess')}>
        <p className="text-slate-700">{t(`home.roleSummary.${ctx.role}`)}</p>
        {links.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2">
            {links.map((item) => (
              <li key={item.key}>
                <Link
                  href={item.href}
                  className="inline-block rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-100"
                >
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
