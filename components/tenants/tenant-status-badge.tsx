import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';

export async function TenantStatusBadge({ status }: { status: 'active' | 'suspended' }) {
  const t = await getTranslations('status');
  return (
    <span data-testid="tenant-status" data-status={status}>
      <Badge tone={status === 'active' ? 'good' : 'bad'}>{t(status)}</Badge>
    </span>
  );
}
