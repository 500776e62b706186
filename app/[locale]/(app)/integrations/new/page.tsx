import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { BackLink } from '@/components/ui/back-link';
import { KindPicker } from '@/components/integrations/kind-picker';
import { NewIntegration } from '@/components/integrations/new-integration';
import { CREATABLE_KINDS } from '@/components/integrations/kind-forms';
import type { IntegrationKind } from '@/lib/connectors/connector';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';

export const generateMetadata = guardedTitle('integrationNew', 'integrationsUi.new.title');

/** Add an integration (tenant admins): pick the kind, then fill in its form (`?kind=` keeps the choice). */
export default async function NewIntegrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ kind?: string }>;
}) {
  setRequestLocale((await params).locale);
  await requirePage('integrationNew');
  const t = await getTranslations('integrationsUi');
  const { kind } = await searchParams;
  const chosen = CREATABLE_KINDS.find((k): k is IntegrationKind => k === kind);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <BackLink href={chosen ? '/integrations/new' : '/integrations'}>{t(chosen ? 'new.otherKind' : 'back')}</BackLink>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      {chosen ? (
        <NewIntegration kind={chosen} />
      ) : (
        <Card>
          <KindPicker />
        </Card>
      )}
    </div>
  );
}
