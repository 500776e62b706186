import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { RequestContext } from '@/lib/tenancy/request-context';
import type { NavEntry } from './sidebar-nav';
import { SidebarNav } from './sidebar-nav';
import { MobileNav } from './mobile-nav';
import { UserMenu } from './user-menu';
import { LanguageSwitch } from './language-switch';

export async function AppShell({ ctx, nav, children }: { ctx: RequestContext; nav: NavEntry[]; children: ReactNode }) {
  const t = await getTranslations();
  const workspace = ctx.tenantName ?? t('header.platform');
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[16rem_1fr]">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {t('app.skipToContent')}
      </a>
      <aside className="hidden border-e border-slate-200 bg-white p-4 lg:block">
        <p className="ltr-isolate mb-6 px-3 text-lg font-semibold text-brand-700">{t('app.name')}</p>
        <SidebarNav items={nav} />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-slate-200 bg-white/95 px-3 backdrop-blur sm:px-6">
          <MobileNav items={nav} title={t('app.name')} />
          <p className="min-w-0 flex-1 truncate font-semibold" data-testid="tenant-name">
            {workspace}
          </p>
          <LanguageSwitch className="text-slate-600 hover:bg-slate-100" />
          <UserMenu name={ctx.name} email={ctx.email} roleLabel={t(`roles.${ctx.role}`)} />
        </header>
        <main id="content" className="flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
