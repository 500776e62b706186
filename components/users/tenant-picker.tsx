'use client';

import { useTranslations } from 'next-intl';
import { Select } from '@/components/ui/select';
import { usePathname, useRouter } from '@/lib/i18n/navigation';

/** The platform owner chooses whose users to manage: `?tenant=<id>` in the URL. */
export function TenantPicker({ tenants, value }: { tenants: { id: string; name: string }[]; value: string | null }) {
  const t = useTranslations('users.tenantPicker');
  const router = useRouter();
  const pathname = usePathname();
  return (
    <div className="mb-4 max-w-sm">
      <label htmlFor="tenant-picker" className="mb-1 block text-sm font-medium text-slate-700">
        {t('label')}
      </label>
      <Select
        id="tenant-picker"
        value={value ?? undefined}
        placeholder={t('placeholder')}
        onValueChange={(id) => router.replace(`${pathname}?tenant=${encodeURIComponent(id)}`)}
        options={tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }))}
        testId="tenant-picker"
      />
    </div>
  );
}
