import { Suspense } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ApiKeysSection } from '@/components/api-keys/api-keys-section';
import { ApiKeysSkeleton } from '@/components/api-keys/api-keys-skeleton';
import { CreateApiKeyDialog } from '@/components/api-keys/create-api-key-dialog';
import { ToastProvider } from '@/components/ui/toast';
import { ZListApiKeys } from '@/lib/api-keys/schemas';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';

export const generateMetadata = guardedTitle('apiKeys', 'apiKeys.title');

export default async function ApiKeysPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  setRequestLocale((await params).locale);
  // Guarded before anything streams, so a forbidden page is a real 404 (no loading.tsx above it).
  const { ctx } = await requirePage('apiKeys');
  // A bad ?page= falls back to the first page rather than failing.
  const parsed = ZListApiKeys.safeParse(await searchParams);
  const page = parsed.success ? parsed.data : { page: 1, pageSize: 25 };
  const t = await getTranslations('apiKeys');
  return (
    <ToastProvider closeLabel={t('toast.close')}>
      <div className="mx-auto max-w-6xl">
        <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h1 className="text-2xl font-semibold">{t('title')}</h1>
            <p className="mt-1 max-w-2xl text-slate-600">{t('description')}</p>
          </div>
          <div className="shrink-0">
            <CreateApiKeyDialog />
          </div>
        </div>
        <Suspense key={page.page} fallback={<ApiKeysSkeleton />}>
          <ApiKeysSection ctx={ctx} page={page} />
        </Suspense>
      </div>
    </ToastProvider>
  );
}
