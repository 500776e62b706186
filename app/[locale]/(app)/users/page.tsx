import { Suspense } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { TenantPicker } from '@/components/users/tenant-picker';
import { UsersManager } from '@/components/users/users-manager';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { tenantOptions } from '@/lib/users/system-tenant-options';

export const generateMetadata = guardedTitle(['users', 'platformUsers'], 'users.title');

/**
 * Users of a tenant: a tenant admin sees their own; the platform owner picks a tenant first
 * (`?tenant=`). The list itself is loaded by the client from /api/tenant-users.
 */
export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  setRequestLocale((await params).locale);
  const { ctx } = await requirePage(['users', 'platformUsers']);
  const t = await getTranslations('users');
  const platform = ctx.role === 'platform_owner';
  const tenants = platform ? await tenantOptions() : [];
  const requested = (await searchParams).tenant;
  // An unknown ?tenant= is treated as no choice (the picker shows the prompt again).
  const chosen = platform ? (tenants.find((x) => x.id === requested)?.id ?? null) : ctx.tenantId;

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t('title')} description={platform ? t('platformDescription') : t('description')} />
      {platform && <TenantPicker tenants={tenants} value={chosen} />}
      {chosen ? (
        <Suspense>
          <UsersManager key={chosen} tenantId={platform ? chosen : null} currentUserId={ctx.userId} />
        </Suspense>
      ) : (
        <Card testId="tenant-prompt">
          <div className="py-10 text-center">
            <p className="text-lg font-semibold">{t('tenantPicker.promptTitle')}</p>
            <p className="mt-1 text-slate-600">{tenants.length ? t('tenantPicker.prompt') : t('tenantPicker.none')}</p>
          </div>
        </Card>
      )}
    </div>
  );
}
