'use client';

import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/card';
import type { TenantUser, UserTenant } from './user-requests';

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

/** The tenant a user belongs to (platform owner's list): its name, and the slug as an identifier. */
export function UserTenantCell({ tenant }: { tenant: UserTenant | undefined }) {
  if (!tenant) return null;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5" data-testid="user-tenant" data-slug={tenant.slug}>
      <span className="text-slate-800">{tenant.name}</span>
      <span className="ltr-isolate font-mono text-xs text-slate-500">{tenant.slug}</span>
    </span>
  );
}
