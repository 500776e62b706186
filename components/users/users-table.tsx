'use client';

import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { DataTable } from '@/components/ui/data-table';
import type { UserSortKey } from '@/lib/users/schemas';
import { AuthSourceBadge, StatusBadge, UserIdentifier, UserNameCell, UserTenantCell } from './user-badges';
import { UserActions, type UserAction } from './user-actions';
import type { TenantUser } from './user-requests';

export function UsersTable({
  users,
  currentUserId,
  showTenant,
  sort,
  dir,
  onSort,
  onAction,
  busy,
}: {
  users: TenantUser[];
  currentUserId: string;
  /** the platform owner's list: which tenant each user belongs to */
  showTenant: boolean;
  sort: UserSortKey;
  dir: 'asc' | 'desc';
  onSort: (sort: UserSortKey, dir: 'asc' | 'desc') => void;
  onAction: (action: UserAction, user: TenantUser) => void;
  busy: boolean;
}) {
  const t = useTranslations();
  const columns = useMemo<ColumnDef<TenantUser, unknown>[]>(
    () => [
      {
        id: 'name',
        accessorFn: (u) => u.name,
        header: t('users.columns.name'),
        enableSorting: true,
        cell: ({ row }) => <UserNameCell user={row.original} isSelf={row.original.id === currentUserId} />,
      },
      {
        id: 'email',
        accessorFn: (u) => u.email ?? u.username,
        header: t('users.columns.identifier'),
        enableSorting: true,
        cell: ({ row }) => <UserIdentifier user={row.original} />,
      },
      ...(showTenant
        ? [
            {
              id: 'tenant',
              header: t('users.columns.tenant'),
              cell: ({ row }) => <UserTenantCell tenant={row.original.tenant} />,
            } satisfies ColumnDef<TenantUser, unknown>,
          ]
        : []),
      {
        id: 'role',
        accessorFn: (u) => u.role,
        header: t('users.columns.role'),
        enableSorting: true,
        cell: ({ row }) => <span data-testid="user-role">{t(`roles.${row.original.role}`)}</span>,
      },
      {
        id: 'status',
        accessorFn: (u) => u.status,
        header: t('users.columns.status'),
        enableSorting: true,
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
      },
      {
        id: 'authSource',
        header: t('users.columns.authSource'),
        cell: ({ row }) => <AuthSourceBadge source={row.original.authSource} />,
      },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('users.columns.actions')}</span>,
        cell: ({ row }) => (
          <UserActions user={row.original} isSelf={row.original.id === currentUserId} onAction={onAction} />
        ),
      },
    ],
    [t, currentUserId, onAction, showTenant],
  );
  const sorting: SortingState = [{ id: sort, desc: dir === 'desc' }];
  return (
    <DataTable
      columns={columns}
      data={users}
      getRowId={(u) => u.id}
      sorting={sorting}
      onSortingChange={(updater) => {
        const next = typeof updater === 'function' ? updater(sorting) : updater;
        const first = next[0];
        if (first) onSort(first.id as UserSortKey, first.desc ? 'desc' : 'asc');
      }}
      busy={busy}
      testId="users-table"
      rowTestId="user-row"
      renderCard={(user) => (
        <div className="flex items-start justify-between gap-3" data-testid="user-card">
          <div className="min-w-0 space-y-1">
            <UserNameCell user={user} isSelf={user.id === currentUserId} />
            <p className="text-sm">
              <UserIdentifier user={user} />
            </p>
            {showTenant && (
              <p className="text-sm">
                <span className="sr-only">{t('users.columns.tenant')}: </span>
                <UserTenantCell tenant={user.tenant} />
              </p>
            )}
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-slate-700">{t(`roles.${user.role}`)}</span>
              <StatusBadge status={user.status} />
              <AuthSourceBadge source={user.authSource} />
            </div>
          </div>
          <UserActions user={user} isSelf={user.id === currentUserId} onAction={onAction} />
        </div>
      )}
    />
  );
}
