import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { IntegrationDetail } from '@/components/integrations/integration-detail';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { allows } from '@/lib/rbac/permissions';

export const generateMetadata = guardedTitle('integrationDetail', 'nav.integrationDetail');

/** One integration: status, counters, mappings and the tags waiting to be mapped (loaded in the browser, kept fresh). */
export default async function IntegrationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { ctx } = await requirePage('integrationDetail');
  const t = await getTranslations('integrationsUi');
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <BackLink href="/integrations">{t('back')}</BackLink>
      <IntegrationDetail id={id} canManage={allows(ctx, 'integrations.manage')} />
    </div>
  );
}
