'use client';

import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { ToastProvider, useToast } from '@/components/ui/toast';
import { UsersTable } from './users-table';
import { UsersToolbar } from './users-toolbar';
import { CreateUserDialog, type Created } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { ConfirmUserAction, type ConfirmResult } from './confirm-user-action';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { useUsers } from './use-users';
import { useUsersQuery } from './use-users-query';
import { useMessage } from './use-message';
import type { UserAction } from './user-actions';
import type { TenantUser } from './users-api';

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; user: TenantUser }
  | { kind: 'reset' | 'status'; user: TenantUser }
  | { kind: 'oneTime'; name: string; password: string }
  | null;

/** The users page's interactive part: list (state in the URL), dialogs and toasts. */
export function UsersManager(props: { tenantId: string | null; currentUserId: string }) {
  const t = useTranslations('users');
  return (
    <ToastProvider closeLabel={t('close')}>
      <Manager {...props} />
    </ToastProvider>
  );
}

function Manager({ tenantId, currentUserId }: { tenantId: string | null; currentUserId: string }) {
  const t = useTranslations('users');
  const message = useMessage();
  const toast = useToast();
  const { query, update } = useUsersQuery();
  const { data, error, loading, reload } = useUsers(tenantId, query);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const onAction = useCallback((action: UserAction, user: TenantUser) => setOpen({ kind: action, user }), []);
  const filtered = Boolean(query.q || query.role || query.status);

  function created({ user, oneTimePassword }: Created) {
    toast(t('toasts.created', { name: user.name }));
    setOpen(oneTimePassword ? { kind: 'oneTime', name: user.name, password: oneTimePassword } : null);
    reload();
  }

  function confirmed(user: TenantUser, result: ConfirmResult) {
    if (result.kind === 'reset') {
      toast(t('toasts.reset', { name: user.name }));
      setOpen({ kind: 'oneTime', name: user.name, password: result.oneTimePassword });
    } else {
      toast(t(result.user.status === 'disabled' ? 'toasts.disabled' : 'toasts.enabled', { name: user.name }));
      setOpen(null);
    }
    reload();
  }

  return (
    <>
      <UsersToolbar query={query} onChange={update} onCreate={() => setOpen({ kind: 'create' })} />
      <Card>
        {error && !loading ? (
          <div role="alert" className="py-10 text-center" data-testid="users-error">
            <p className="mb-3 text-red-800">{message(error.messageKey, 'users.loadError')}</p>
            <Button onClick={reload}>{t('retry')}</Button>
          </div>
        ) : !data ? (
          <p className="py-10 text-center text-slate-500" role="status" data-testid="users-loading">
            {t('loading')}
          </p>
        ) : data.items.length === 0 ? (
          <p className="py-10 text-center text-slate-500" data-testid="users-empty">
            {filtered ? t('emptyFiltered') : t('empty')}
          </p>
        ) : (
          <UsersTable
            users={data.items}
            currentUserId={currentUserId}
            sort={query.sort}
            dir={query.dir}
            onSort={(sort, dir) => update({ sort, dir })}
            onAction={onAction}
            busy={loading}
          />
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

      <CreateUserDialog
        open={open?.kind === 'create'}
        onOpenChange={(o) => !o && close()}
        tenantId={tenantId}
        onCreated={created}
      />
      {open?.kind === 'edit' && (
        <EditUserDialog
          user={open.user}
          isSelf={open.user.id === currentUserId}
          tenantId={tenantId}
          onOpenChange={(o) => !o && close()}
          onSaved={() => {
            toast(t('toasts.updated'));
            close();
            reload();
          }}
        />
      )}
      {(open?.kind === 'reset' || open?.kind === 'status') && (
        <ConfirmUserAction
          kind={open.kind}
          user={open.user}
          tenantId={tenantId}
          onOpenChange={(o) => !o && close()}
          onDone={(result) => confirmed(open.user, result)}
        />
      )}
      {open?.kind === 'oneTime' && <OneTimePasswordDialog name={open.name} password={open.password} onClose={close} />}
    </>
  );
}
