'use client';

import { useTranslations } from 'next-intl';
import { RouteError } from '@/components/ui/route-error';

/** A plant page's error state (its error.tsx): say so, offer a retry; the layout and sidebar stay. */
export function PlantError({ reset }: { reset: () => void }) {
  const t = useTranslations('plantUi');
  return <RouteError message={t('loadError')} retryLabel={t('retry')} reset={reset} testId="plant-error" />;
}
