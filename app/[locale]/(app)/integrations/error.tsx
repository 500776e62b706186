'use client';

import { useTranslations } from 'next-intl';
import { RouteError } from '@/components/ui/route-error';

/** The integrations pages' error state (the layout and sidebar stay). */
export default function IntegrationsError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('integrationsUi');
  return (
    <RouteError message={t('loadError')} retryLabel={t('retry')} reset={reset} testId="integrations-route-error" />
  );
}
