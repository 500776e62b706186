import { Suspense } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { UsersManager } from '@/components/users/users-manager';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { listTenantOptions } from '@/lib/tenants/system-list-tenants';

export const generateMetadata = guardedTitle(['users', 'platformUsers'], 'users.title');

/**
 * Users: a tenant admin sees their own tenant's; the platform owner sees every tenant's, with a
 * tenant column and filter (`?tenant=`). The list itself is loaded by the client from /api/tenant-users.
 */
export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { ctx } = await requirePage(['users', 'platformUsers']);
  const t = await getTranslations('users');
  const platform = ctx.role === 'platform_owner';
  const tenants = platform ? await listTenantOptions() : null;

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t('title')} description={platform ? t('platformDescription') : t('description')} />
      <Suspense>
        <UsersManager tenants={tenants} currentUserId={ctx.userId} />
      </Suspense>
    </div>
  );
}
