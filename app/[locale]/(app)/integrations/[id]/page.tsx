import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { IntegrationDetail } from '@/components/integrations/integration-detail';
import { getIntegration } from '@/lib/integrations/list-integrations';
import type { IntegrationView } from '@/lib/integrations/integration-view';
import { requirePage, visiblePage } from '@/lib/navigation/require-page';
import { orNull } from '@/lib/plant/load-for-page';
import { allows } from '@/lib/rbac/permissions';

type Params = Promise<{ locale: string; id: string }>;

/** The integration for the page and its title (one query per request); null for anyone who may not see it. */
const load = cache(async (id: string) => {
  const page = await visiblePage('integrationDetail');
  const view = page ? await orNull(() => getIntegration(page.ctx, id)) : null;
  // The page is guarded by integrations.read, so the service answers the full view.
  return view && 'counters' in view ? (view as IntegrationView) : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale });
  const integration = await load(id);
  return { title: integration ? `${integration.name} · ${t('integrationsUi.title')}` : t('errors.notFoundTitle') };
}

/** One integration: status, counters, mappings and the tags waiting to be mapped (kept fresh in the browser). */
export default async function IntegrationPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { ctx } = await requirePage('integrationDetail');
  const integration = (await load(id)) ?? notFound();
  const t = await getTranslations('integrationsUi');
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <BackLink href="/integrations">{t('back')}</BackLink>
      <IntegrationDetail id={integration.id} initial={integration} canManage={allows(ctx, 'integrations.manage')} />
    </div>
  );
}
