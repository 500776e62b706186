import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { listAuditLog, ZListAuditLog } from '@/lib/audit/list-audit-log';
import { requirePage } from '@/lib/navigation/require-page';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'auditLog' });
  return { title: t('title') };
}

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  setRequestLocale((await params).locale);
  const { ctx } = await requirePage('auditLog');
  // A bad ?page= falls back to the first page rather than failing.
  const parsed = ZListAuditLog.safeParse(await searchParams);
  const result = await listAuditLog(ctx, parsed.success ? parsed.data : { page: 1, pageSize: 25 });
  const t = await getTranslations('auditLog');
  const format = await getFormatter();
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        {result.items.length === 0 ? (
          <p className="py-10 text-center text-slate-500" data-testid="audit-empty">
            {t('empty')}
          </p>
        ) : (
          <>
            <table className="hidden w-full text-sm md:table" data-testid="audit-table">
              <thead>
                <tr className="border-b border-slate-200 text-start text-slate-500">
                  <th className="py-2 text-start font-medium">{t('time')}</th>
                  <th className="py-2 text-start font-medium">{t('actor')}</th>
                  <th className="py-2 text-start font-medium">{t('action')}</th>
                  <th className="py-2 text-start font-medium">{t('target')}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 last:border-0">
                    <td className="py-2 whitespace-nowrap">
                      {format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </td>
                    <td className="py-2">{row.actorName ?? t('system')}</td>
                    <td className="py-2">
                      <span className="ltr-isolate font-mono text-xs">{row.action}</span>
                    </td>
                    <td className="py-2">
                      <span className="ltr-isolate font-mono text-xs">{row.targetType}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="space-y-2 md:hidden">
              {result.items.map((row) => (
                <li key={row.id} className="rounded-lg border border-slate-100 p-3 text-sm">
                  <p className="ltr-isolate font-mono text-xs">{row.action}</p>
                  <p className="mt-1">{row.actorName ?? t('system')}</p>
                  <p className="text-xs text-slate-500">
                    {format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
        <Pagination basePath="/audit-log" page={result.page} pageCount={result.pageCount} total={result.total} />
      </Card>
    </div>
  );
}
