'use client';

import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { useRouter } from '@/lib/i18n/navigation';
import { IntegrationForm } from './integration-form';
import { KindLabel } from './kind-label';
import type { IntegrationKind } from './integration-requests';

/** Step two of adding an integration: the chosen kind's form; saved, it opens the new integration. */
export function NewIntegration({ kind }: { kind: IntegrationKind }) {
  const t = useTranslations('integrationsUi');
  const router = useRouter();
  return (
    <Card
      title={
        <span className="flex flex-wrap items-center gap-2">
          {t('new.formTitle')} <KindLabel kind={kind} />
        </span>
      }
    >
      <IntegrationForm
        kind={kind}
        onSaved={(saved) => router.push(`/integrations/${saved.id}`)}
        onCancel={() => router.push('/integrations/new')}
      />
    </Card>
  );
}
