import { Suspense } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { IntegrationsManager } from '@/components/integrations/integrations-manager';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { allows } from '@/lib/rbac/permissions';

export const generateMetadata = guardedTitle('integrations', 'integrationsUi.title');

/**
 * The tenant's integrations with their status, loaded and kept fresh in the browser from
 * /api/integrations. Every tenant role sees the status; those who may read integrations also see
 * rates and errors and open one; tenant admins add them.
 */
export default async function IntegrationsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { ctx } = await requirePage('integrations');
  const t = await getTranslations('integrationsUi');
  const detailed = allows(ctx, 'integrations.read');
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t('title')} description={t(detailed ? 'description' : 'descriptionStatus')} />
      <Suspense>
        <IntegrationsManager canManage={allows(ctx, 'integrations.manage')} detailed={detailed} />
      </Suspense>
    </div>
  );
}
