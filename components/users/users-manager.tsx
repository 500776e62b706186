'use client';

import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { ToastProvider, useToast } from '@/components/ui/toast';
import { useApiMessage } from '@/components/api/use-api-message';
import { UsersTable } from './users-table';
import { UsersToolbar } from './users-toolbar';
import { CreateUserDialog } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { ConfirmUserAction, type ConfirmResult } from './confirm-user-action';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { useUsers } from './use-users';
import { useUsersQuery } from './use-users-query';
import { USERS_KEY, type CreatedUser, type TenantUser, type UserTenant } from './user-requests';
import type { UserAction } from './user-actions';

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; user: TenantUser }
  | { kind: 'reset' | 'status'; user: TenantUser }
  | { kind: 'oneTime'; name: string; password: string }
  | null;

export interface UsersManagerProps {
  currentUserId: string;
  /** the platform owner's tenants (every tenant's users, a tenant column and filter); null for tenant roles */
  tenants: UserTenant[] | null;
}

/** The users page's interactive part: list (state in the URL), dialogs and toasts. */
export function UsersManager(props: UsersManagerProps) {
  const t = useTranslations('users');
  return (
    <ToastProvider closeLabel={t('close')}>
      <Manager {...props} />
    </ToastProvider>
  );
}

function Manager({ currentUserId, tenants }: UsersManagerProps) {
  const t = useTranslations('users');
  const message = useApiMessage();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { query, update } = useUsersQuery();
  // Only the platform owner filters by tenant, and only by a tenant that exists.
  const tenant = tenants?.some((x) => x.id === query.tenant) ? query.tenant : undefined;
  const list = useUsers({ ...query, tenant });
  const { data } = list;
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const onAction = useCallback((action: UserAction, user: TenantUser) => setOpen({ kind: action, user }), []);
  const filtered = Boolean(query.q || query.role || query.status || tenant);
  const changed = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });

  function created({ user, oneTimePassword }: CreatedUser) {
    toast(t('toasts.created', { name: user.name }));
    setOpen(oneTimePassword ? { kind: 'oneTime', name: user.name, password: oneTimePassword } : null);
    changed();
  }

  function confirmed(user: TenantUser, result: ConfirmResult) {
    if (result.kind === 'reset') {
      toast(t('toasts.reset', { name: user.name }));
      setOpen({ kind: 'oneTime', name: user.name, password: result.oneTimePassword });
    } else {
      toast(t(result.user.status === 'disabled' ? 'toasts.disabled' : 'toasts.enabled', { name: user.name }));
      setOpen(null);
    }
    changed();
  }

  return (
    <>
      <UsersToolbar
        query={{ ...query, tenant }}
        tenants={tenants}
        onChange={update}
        onCreate={() => setOpen({ kind: 'create' })}
      />
      <Card>
        {list.isError && !list.isFetching ? (
          <div role="alert" className="py-10 text-center" data-testid="users-error">
            <p className="mb-3 text-red-800">{message(list.error, 'users.loadError')}</p>
            <Button onClick={() => list.refetch()}>{t('retry')}</Button>
          </div>
        ) : !data ? (
          <p className="py-10 text-center text-slate-500" role="status" data-testid="users-loading">
            {t('loading')}
          </p>
        ) : data.total === 0 ? (
          <p className="py-10 text-center text-slate-500" data-testid="users-empty">
            {filtered ? t('emptyFiltered') : t('empty')}
          </p>
        ) : (
          data.items.length > 0 && (
            <UsersTable
              users={data.items}
              currentUserId={currentUserId}
              showTenant={tenants !== null}
              sort={query.sort}
              dir={query.dir}
              onSort={(sort, dir) => update({ sort, dir })}
              onAction={onAction}
              busy={list.isFetching}
            />
          )
        )}
        {data && data.total > 0 && (
          <Pager
            page={data.page}
            pageCount={data.pageCount}
            total={data.total}
            onPageChange={(page) => update({ page })}
          />
        )}
      </Card>

      {open?.kind === 'create' && (
        <CreateUserDialog
          tenants={tenants}
          defaultTenantId={tenant ?? null}
          onOpenChange={(o) => !o && close()}
          onCreated={created}
        />
      )}
      {open?.kind === 'edit' && (
        <EditUserDialog
          user={open.user}
          isSelf={open.user.id === currentUserId}
          onOpenChange={(o) => !o && close()}
          onSaved={() => {
            toast(t('toasts.updated'));
            close();
            changed();
          }}
        />
      )}
      {(open?.kind === 'reset' || open?.kind === 'status') && (
        <ConfirmUserAction
          kind={open.kind}
          user={open.user}
          onOpenChange={(o) => !o && close()}
          onDone={(result) => confirmed(open.user, result)}
        />
      )}
      {open?.kind === 'oneTime' && <OneTimePasswordDialog name={open.name} password={open.password} onClose={close} />}
    </>
  );
}
