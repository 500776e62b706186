import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { QueryProvider } from '@/components/api/query-provider';
import { AppShell } from '@/components/shell/app-shell';
import { tenantFlags } from '@/lib/flags/is-enabled';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locales';
import { visibleNav } from '@/lib/navigation/nav-items';
import { getRequestContext } from '@/lib/tenancy/request-context';

export default async function AppLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const ctx = await getRequestContext();
  // A session that no longer matches the user (disabled, password changed, tenant suspended) ends here.
  if (!ctx) redirect(`${localePath(isLocale(locale) ? locale : 'ar', '/login')}?reason=session_ended`);
  // A password an administrator set (initial or reset) must be replaced before anything else.
  if (ctx.mustChangePassword) redirect(localePath(isLocale(locale) ? locale : 'ar', '/change-password'));
  const nav = visibleNav(ctx, await tenantFlags(ctx.tenantId)).map(({ key, href, group }) => ({ key, href, group }));
  return (
    <AppShell ctx={ctx} nav={nav}>
      <QueryProvider>{children}</QueryProvider>
    </AppShell>
  );
}
