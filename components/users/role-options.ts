'use client';

import { useTranslations } from 'next-intl';
import { TENANT_ROLES } from '@/lib/rbac/permissions';
import type { SelectOption } from '@/components/ui/select';

/** The tenant roles as select options (platform_owner is never offered). */
export function useRoleOptions(): SelectOption[] {
  const t = useTranslations('roles');
  return TENANT_ROLES.map((role) => ({ value: role, label: t(role) }));
}
