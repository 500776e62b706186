'use client';

import { useTranslations } from 'next-intl';
import { RouteError } from '@/components/ui/route-error';

/** The tenant pages' error state (the layout and sidebar stay). */
export default function TenantsError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('tenants');
  return <RouteError message={t('loadError')} retryLabel={t('retry')} reset={reset} testId="tenants-error" />;
}
