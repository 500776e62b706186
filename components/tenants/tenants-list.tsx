import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { FLAG_NAMES } from '@/lib/flags/flags';
import type { TenantView } from '@/lib/tenants/system-tenant-view';
import { EditTenantDialog } from './edit-tenant-dialog';
import { TenantStatusDialog } from './tenant-status-dialog';
import { TenantStatusBadge } from './tenant-status-badge';

/** Only what the client dialogs need crosses to the browser. */
const editable = ({ id, name, slug, defaultLocale, timeZone }: TenantView) => ({
  id,
  name,
  slug,
  defaultLocale,
  timeZone,
});

/** The tenants: a table on wide screens, cards on small ones; each links to its detail page. */
export async function TenantsList({ items }: { items: TenantView[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const created = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const modules = (tenant: TenantView) => {
    const off = FLAG_NAMES.filter((f) => !tenant.flags[f]);
    return (
      <>
        <p>{t('tenants.modulesOn', { on: FLAG_NAMES.length - off.length, total: FLAG_NAMES.length })}</p>
        {off.length > 0 && (
          <p className="text-xs text-slate-500">
            {t('tenants.modulesOff', {
              list: format.list(
                off.map((f) => t(`flags.${f}`)),
                { type: 'conjunction' },
              ),
            })}
          </p>
        )}
      </>
    );
  };
  const name = (tenant: TenantView) => (
    <>
      <Link
        href={`/tenants/${tenant.id}`}
        className="font-medium text-brand-700 hover:underline"
        data-testid="tenant-link"
      >
        {tenant.name}
      </Link>
      <p className="ltr-isolate font-mono text-xs text-slate-500">{tenant.slug}</p>
    </>
  );
  const actions = (tenant: TenantView) => (
    <div className="flex flex-wrap gap-2 lg:justify-end">
      <EditTenantDialog tenant={editable(tenant)} size="sm" />
      <TenantStatusDialog tenant={{ id: tenant.id, name: tenant.name, status: tenant.status }} size="sm" />
    </div>
  );
  const th = 'px-2 py-2 text-start font-medium';

  return (
    <>
      <div className="hidden overflow-x-auto lg:block">
        <table className="w-full text-sm" data-testid="tenants-table">
          <thead>
            <tr className="border-b border-slate-200 text-slate-500">
              <th className={th}>{t('tenants.columns.name')}</th>
              <th className={th}>{t('tenants.columns.status')}</th>
              <th className={th}>{t('tenants.columns.users')}</th>
              <th className={th}>{t('tenants.columns.created')}</th>
              <th className={th}>{t('tenants.columns.modules')}</th>
              <th className={th}>
                <span className="sr-only">{t('tenants.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((tenant) => (
              <tr
                key={tenant.id}
                className="border-b border-slate-100 align-top last:border-0"
                data-testid="tenant-row"
                data-slug={tenant.slug}
              >
                <td className="px-2 py-3">{name(tenant)}</td>
                <td className="px-2 py-3">
                  <TenantStatusBadge status={tenant.status} />
                </td>
                <td className="px-2 py-3 whitespace-nowrap">{t('tenants.usersCount', { count: tenant.usersCount })}</td>
                <td className="px-2 py-3 whitespace-nowrap">{created(tenant.createdAt)}</td>
                <td className="px-2 py-3">{modules(tenant)}</td>
                <td className="px-2 py-3">{actions(tenant)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 lg:hidden" data-testid="tenants-cards">
        {items.map((tenant) => (
          <li
            key={tenant.id}
            className="rounded-lg border border-slate-200 p-3 text-sm"
            data-testid="tenant-card"
            data-slug={tenant.slug}
          >
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">{name(tenant)}</div>
              <TenantStatusBadge status={tenant.status} />
            </div>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2">
              <div>
                <dt className="text-xs text-slate-500">{t('tenants.columns.users')}</dt>
                <dd>{t('tenants.usersCount', { count: tenant.usersCount })}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t('tenants.columns.created')}</dt>
                <dd>{created(tenant.createdAt)}</dd>
              </div>
              <div className="col-span-2">
                <dt className="text-xs text-slate-500">{t('tenants.columns.modules')}</dt>
                <dd>{modules(tenant)}</dd>
              </div>
            </dl>
            <div className="mt-3 border-t border-slate-100 pt-3">{actions(tenant)}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
