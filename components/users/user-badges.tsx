'use client';

import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/card';
import type { TenantUser } from './users-api';

export function StatusBadge({ status }: { status: TenantUser['status'] }) {
  const t = useTranslations('status');
  return <Badge tone={status === 'active' ? 'good' : 'neutral'}>{t(status)}</Badge>;
}

/** SSO users get a badge; password users a quiet label. */
export function AuthSourceBadge({ source }: { source: TenantUser['authSource'] }) {
  const t = useTranslations('users.authSource');
  if (source === 'sso')
    return (
      <span data-testid="sso-badge">
        <Badge tone="warn">{t('sso')}</Badge>
      </span>
    );
  return <span className="text-xs text-slate-500">{t('local')}</span>;
}

/** Email, else username, always left-to-right (identifiers inside Arabic text). */
export function UserIdentifier({ user }: { user: Pick<TenantUser, 'email' | 'username'> }) {
  return (
    <span className="ltr-isolate break-all text-slate-700" data-testid="user-identifier">
      {user.email ?? user.username}
    </span>
  );
}

export function UserNameCell({ user, isSelf }: { user: TenantUser; isSelf: boolean }) {
  const t = useTranslations('users');
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="font-medium text-slate-900" data-testid="user-name">
        {user.name}
      </span>
      {isSelf && <Badge>{t('you')}</Badge>}
      {user.mustChangePassword && user.status === 'active' && (
        <span data-testid="must-change-badge">
          <Badge tone="warn">{t('mustChange')}</Badge>
        </span>
      )}
    </div>
  );
}
