'use client';

import { useTranslations } from 'next-intl';
import { DropdownMenu, type MenuItem } from '@/components/ui/dropdown-menu';
import type { TenantUser } from './user-requests';

export type UserAction = 'edit' | 'reset' | 'status';

/** The per-user menu: edit; reset password (local users); disable/enable (never oneself). */
export function UserActions({
  user,
  isSelf,
  onAction,
}: {
  user: TenantUser;
  isSelf: boolean;
  onAction: (action: UserAction, user: TenantUser) => void;
}) {
  const t = useTranslations('users.actions');
  const items: MenuItem[] = [
    { key: 'edit', label: t('edit'), onSelect: () => onAction('edit', user), testId: 'action-edit' },
  ];
  if (user.authSource === 'local')
    items.push({
      key: 'reset',
      label: t('resetPassword'),
      onSelect: () => onAction('reset', user),
      testId: 'action-reset',
    });
  if (!isSelf)
    items.push({
      key: 'status',
      label: user.status === 'active' ? t('disable') : t('enable'),
      onSelect: () => onAction('status', user),
      tone: user.status === 'active' ? 'danger' : undefined,
      testId: user.status === 'active' ? 'action-disable' : 'action-enable',
    });
  return (
    <DropdownMenu
      label={t('menu', { name: user.name })}
      testId="user-actions"
      items={items}
      trigger={
        <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <circle cx="4" cy="10" r="1.6" />
          <circle cx="10" cy="10" r="1.6" />
          <circle cx="16" cy="10" r="1.6" />
        </svg>
      }
    />
  );
}
