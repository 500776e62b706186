'use client';

import { useTranslations } from 'next-intl';
import { RouteError } from '@/components/ui/route-error';

/** The asset list's error state (the layout and sidebar stay). */
export default function AssetsError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('assetsPage');
  return <RouteError message={t('loadError')} retryLabel={t('retry')} reset={reset} testId="assets-error" />;
}
