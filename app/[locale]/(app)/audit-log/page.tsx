import { getTimeZone, getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { Card, PageHeader } from '@/components/ui/card';
import { AuditEntries } from '@/components/audit/audit-entries';
import { AuditFiltersForm } from '@/components/audit/audit-filters-form';
import { QueryPagination } from '@/components/audit/query-pagination';
import type { AuditQuery } from '@/components/audit/audit-query';
import { ZAuditFilters, hasActiveFilters } from '@/lib/audit/audit-filters';
import { auditFacets, listAuditLog } from '@/lib/audit/list-audit-log';
import { allAuditFacets, listAllAuditLog } from '@/lib/audit/system-list-all-audit-log';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { listTenantOptions } from '@/lib/tenants/system-list-tenants';

export const generateMetadata = guardedTitle(['auditLog', 'platformAuditLog'], 'auditLog.title');

const ZTenantChoice = z.object({ tenant_id: z.uuid().optional().catch(undefined) });

/**
 * Tenant admins: their tenant's log (flag audit_log). Platform owner: every tenant and the
 * platform-level entries, with a tenant filter (?tenant_id= or ?scope=platform, as in the API).
 */
export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  setRequestLocale((await params).locale);
  const { ctx } = await requirePage(['auditLog', 'platformAuditLog']);
  const raw = await searchParams;
  // Bad filters in a hand-edited URL: say which, and show the unfiltered list rather than fail.
  const parsed = ZAuditFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : ZAuditFilters.parse({});
  const platform = ctx.role === 'platform_owner' && !ctx.tenantId;
  const tenantId = platform && parsed.success ? ZTenantChoice.parse(raw).tenant_id : undefined;
  // Days are filtered in the zone the times are shown in (lib/i18n/request.ts).
  const timeZone = await getTimeZone();

  const [result, facets, tenants] = await Promise.all([
    platform ? listAllAuditLog(filters, { tenantId }, timeZone) : listAuditLog(ctx, filters),
    platform ? allAuditFacets() : auditFacets(ctx),
    platform ? listTenantOptions() : undefined,
  ]);
  const query: AuditQuery = {
    action: filters.action,
    actorUserId: filters.actorUserId,
    actorType: filters.actorType,
    apiKeyId: filters.apiKeyId,
    targetType: filters.targetType,
    from: filters.from,
    to: filters.to,
    scope: platform ? filters.scope : undefined,
    tenant_id: tenantId,
  };
  const actorName = filters.actorUserId
    ? (result.items.find((i) => i.actor.user?.id === filters.actorUserId)?.actor.user?.name ?? undefined)
    : undefined;
  const t = await getTranslations();
  const invalidKey = parsed.success ? null : parsed.error.issues[0]?.message;

  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader
        title={t('auditLog.title')}
        description={platform ? t('auditLog.descriptionPlatform') : t('auditLog.description')}
      />
      <Card>
        <AuditFiltersForm
          key={JSON.stringify(query)}
          query={query}
          actions={facets.actions}
          targetTypes={facets.targetTypes}
          apiKeys={facets.apiKeys}
          tenants={tenants?.map(({ id, name }) => ({ id, name }))}
          actorName={actorName}
        />
        <p className="mb-3 text-xs text-slate-500" data-testid="audit-time-zone">
          {t('timeZone.shownIn')} <span className="ltr-isolate font-mono">{timeZone}</span>
        </p>
        {invalidKey && (
          <p
            role="alert"
            className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900"
            data-testid="audit-invalid-filters"
          >
            {t.has(invalidKey) ? t(invalidKey) : t('errors.validation')}
          </p>
        )}
        {result.total === 0 ? (
          <p className="py-10 text-center text-slate-500" data-testid="audit-empty">
            {hasActiveFilters(query) ? t('auditLog.emptyFiltered') : t('auditLog.empty')}
          </p>
        ) : (
          result.items.length > 0 && <AuditEntries items={result.items} platform={platform} query={query} />
        )}
        <QueryPagination
          basePath="/audit-log"
          params={{ ...query }}
          page={result.page}
          pageCount={result.pageCount}
          total={result.total}
        />
      </Card>
    </div>
  );
}
