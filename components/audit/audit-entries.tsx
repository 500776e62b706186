import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import { Link } from '@/lib/i18n/navigation';
import type { AuditItem } from '@/lib/audit/audit-item';
import { AuditDetailsDialog } from './audit-details-dialog';
import { auditActorView } from './audit-actor';
import { actionKey, targetKey, type AuditQuery } from './audit-query';

/** The entries: a table on wide screens, cards on phones; "Details" opens before/after. */
export async function AuditEntries({
  items,
  platform,
  query,
}: {
  items: AuditItem[];
  /** the platform owner's view: adds the tenant column */
  platform: boolean;
  query: AuditQuery;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const timeZone = await getTimeZone();
  const label = (key: string, raw: string) => (t.has(key) ? t(key) : raw);
  const time = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'medium' });

  const actors = auditActorView(t, query);
  const actor = actors.cell;
  const tenantText = (item: AuditItem) => item.tenantName ?? t('auditLog.platform');
  const tenant = (item: AuditItem) =>
    item.tenantId ? (
      <span data-testid="audit-tenant">{tenantText(item)}</span>
    ) : (
      <span data-testid="audit-tenant">
        <Badge>{t('auditLog.platform')}</Badge>
      </span>
    );
  const action = (item: AuditItem) => (
    <>
      <span className="block">{label(actionKey(item.action), item.action)}</span>
      <span className="ltr-isolate font-mono text-xs text-slate-500" data-testid="audit-action">
        {item.action}
      </span>
    </>
  );
  const targetText = (item: AuditItem) =>
    [label(targetKey(item.targetType), item.targetType), item.targetName].filter(Boolean).join(' · ');
  // The type, then the object's name (a code or tag in its own isolate) linked to its page while it exists.
  const target = (item: AuditItem) => (
    <span data-testid="audit-target">
      {label(targetKey(item.targetType), item.targetType)}
      {item.targetName && (
        <>
          {' · '}
          {item.targetHref ? (
            <Link href={item.targetHref} className="text-brand-700 hover:underline" data-testid="audit-target-link">
              <bdi>{item.targetName}</bdi>
            </Link>
          ) : (
            <bdi>{item.targetName}</bdi>
          )}
        </>
      )}
    </span>
  );
  const details = (item: AuditItem) => (
    <AuditDetailsDialog
      details={{
        action: item.action,
        actionLabel: label(actionKey(item.action), item.action),
        time: time(item.createdAt),
        actor: actors.text(item),
        apiKeyId: item.actor.apiKey?.id ?? null,
        target: targetText(item),
        targetId: item.targetId,
        tenant: platform ? tenantText(item) : undefined,
        requestId: item.requestId,
        before: item.before,
        after: item.after,
      }}
    />
  );
  const th = 'px-2 py-2 text-start font-medium';

  return (
    <>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-sm" data-testid="audit-table">
          <thead>
            <tr className="border-b border-slate-200 text-slate-500">
              <th className={th}>
                {t('auditLog.time')}{' '}
                <span className="ltr-isolate font-normal text-slate-400" data-testid="audit-time-zone-column">
                  ({timeZone})
                </span>
              </th>
              <th className={th}>{t('auditLog.actor')}</th>
              {platform && <th className={th}>{t('auditLog.tenant')}</th>}
              <th className={th}>{t('auditLog.action')}</th>
              <th className={th}>{t('auditLog.target')}</th>
              <th className={th}>
                <span className="sr-only">{t('auditLog.viewChanges')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-slate-100 align-top last:border-0" data-testid="audit-row">
                <td className="px-2 py-2.5 whitespace-nowrap" data-testid="audit-time">
                  {time(item.createdAt)}
                </td>
                <td className="px-2 py-2.5">{actor(item)}</td>
                {platform && <td className="px-2 py-2.5">{tenant(item)}</td>}
                <td className="px-2 py-2.5">{action(item)}</td>
                <td className="px-2 py-2.5">{target(item)}</td>
                <td className="px-2 py-1.5 text-end">{details(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-2 md:hidden" data-testid="audit-cards">
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-slate-200 p-3 text-sm" data-testid="audit-card">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">{action(item)}</div>
              {details(item)}
            </div>
            <p className="mt-2">{actor(item)}</p>
            <p className="text-slate-600">{target(item)}</p>
            {platform && <p className="mt-1">{tenant(item)}</p>}
            <p className="mt-1 text-xs text-slate-500" data-testid="audit-time">
              {time(item.createdAt)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
