'use client';

import { useTranslations } from 'next-intl';
import { RouteError } from '@/components/ui/route-error';

/** The audit log's error state (the layout and sidebar stay). */
export default function AuditLogError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('auditLog');
  return <RouteError message={t('loadError')} retryLabel={t('retry')} reset={reset} testId="audit-error" />;
}
