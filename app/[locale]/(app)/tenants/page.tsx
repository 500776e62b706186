import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { QueryPagination } from '@/components/audit/query-pagination';
import { CreateTenantDialog } from '@/components/tenants/create-tenant-dialog';
import { TenantFilters } from '@/components/tenants/tenant-filters';
import { TenantsList } from '@/components/tenants/tenants-list';
import { ToastProvider } from '@/components/ui/toast';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { listTenants } from '@/lib/tenants/system-list-tenants';
import { ZListTenants } from '@/lib/tenants/tenant-schemas';

export const generateMetadata = guardedTitle('tenants', 'tenants.title');

export default async function TenantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  setRequestLocale((await params).locale);
  await requirePage('tenants');
  const raw = await searchParams;
  // A hand-edited URL with bad filters shows the unfiltered first page rather than an error.
  const parsed = ZListTenants.safeParse(raw);
  const filters = parsed.success ? parsed.data : ZListTenants.parse({});
  const result = await listTenants(filters);
  const t = await getTranslations('tenants');
  const filtered = Boolean(filters.q || filters.status);
  return (
    <ToastProvider closeLabel={t('close')}>
      <div className="mx-auto max-w-6xl">
        <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h1 className="text-2xl font-semibold">{t('title')}</h1>
            <p className="mt-1 text-slate-600">{t('description')}</p>
          </div>
          <CreateTenantDialog />
        </div>
        <Card>
          <TenantFilters q={filters.q} status={filters.status} />
          {result.total === 0 ? (
            <p className="py-10 text-center text-slate-500" data-testid="tenants-empty">
              {filtered ? t('emptyFiltered') : t('empty')}
            </p>
          ) : (
            result.items.length > 0 && <TenantsList items={result.items} />
          )}
          <QueryPagination
            basePath="/tenants"
            params={{ q: filters.q, status: filters.status }}
            page={result.page}
            pageCount={result.pageCount}
            total={result.total}
          />
        </Card>
      </div>
    </ToastProvider>
  );
}
