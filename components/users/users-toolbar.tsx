'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { USER_SORT_KEYS, type UserSortKey } from '@/lib/users/schemas';
import { useRoleOptions } from './role-options';
import type { UsersQuery } from './use-users-query';
import type { UserTenant } from './user-requests';

const ALL = 'all';

/** Search (debounced into the URL), tenant (platform owner), role and status filters, and the add button. */
export function UsersToolbar({
  query,
  tenants,
  onChange,
  onCreate,
}: {
  query: UsersQuery;
  /** the platform owner's tenants; null hides the tenant filter */
  tenants: UserTenant[] | null;
  onChange: (patch: Partial<UsersQuery>) => void;
  onCreate: () => void;
}) {
  const t = useTranslations('users');
  const tStatus = useTranslations('status');
  const roles = useRoleOptions();
  const [q, setQ] = useState(query.q);
  useEffect(() => {
    if (q === query.q) return;
    const timer = setTimeout(() => onChange({ q }), 300);
    return () => clearTimeout(timer);
  }, [q, query.q, onChange]);

  return (
    <div className="mb-4 flex flex-col gap-3 md:flex-row md:items-end">
      <div className="flex-1">
        <label htmlFor="users-search" className="mb-1 block text-sm font-medium text-slate-700">
          {t('search')}
        </label>
        <input
          id="users-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('searchPlaceholder')}
          data-testid="users-search"
          className={inputClass}
        />
      </div>
      <div className="grid grid-cols-2 gap-3 md:flex">
        {tenants && (
          <div className="col-span-2 md:w-52">
            <span className="mb-1 block text-sm font-medium text-slate-700">{t('filters.tenant')}</span>
            <Select
              ariaLabel={t('filters.tenant')}
              value={query.tenant ?? ALL}
              onValueChange={(v) => onChange({ tenant: v === ALL ? undefined : v })}
              options={[
                { value: ALL, label: t('filters.allTenants') },
                ...tenants.map((x) => ({ value: x.id, label: x.name })),
              ]}
              testId="filter-tenant"
            />
          </div>
        )}
        <div className="md:w-48">
          <span className="mb-1 block text-sm font-medium text-slate-700">{t('filters.role')}</span>
          <Select
            ariaLabel={t('filters.role')}
            value={query.role ?? ALL}
            onValueChange={(v) => onChange({ role: v === ALL ? undefined : v })}
            options={[{ value: ALL, label: t('filters.allRoles') }, ...roles]}
            testId="filter-role"
          />
        </div>
        <div className="md:w-40">
          <span className="mb-1 block text-sm font-medium text-slate-700">{t('filters.status')}</span>
          <Select
            ariaLabel={t('filters.status')}
            value={query.status ?? ALL}
            onValueChange={(v) => onChange({ status: v === ALL ? undefined : v })}
            options={[
              { value: ALL, label: t('filters.allStatuses') },
              { value: 'active', label: tStatus('active') },
              { value: 'disabled', label: tStatus('disabled') },
            ]}
            testId="filter-status"
          />
        </div>
        {/* Phones show cards, which have no column headers to sort by. */}
        <div className="col-span-2 md:hidden">
          <span className="mb-1 block text-sm font-medium text-slate-700">{t('sort')}</span>
          <Select
            ariaLabel={t('sort')}
            value={`${query.sort}.${query.dir}`}
            onValueChange={(v) => {
              const [sort, dir] = v.split('.') as [UserSortKey, 'asc' | 'desc'];
              onChange({ sort, dir });
            }}
            options={USER_SORT_KEYS.flatMap((key) =>
              (['asc', 'desc'] as const).map((dir) => ({
                value: `${key}.${dir}`,
                label: t(dir === 'asc' ? 'sortAsc' : 'sortDesc', {
                  column: t(`columns.${key === 'email' ? 'identifier' : key}`),
                }),
              })),
            )}
            testId="sort-select"
          />
        </div>
      </div>
      <Button variant="primary" onClick={onCreate} data-testid="add-user">
        {t('actions.create')}
      </Button>
    </div>
  );
}
