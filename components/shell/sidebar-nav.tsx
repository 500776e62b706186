'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import type { NavItem } from '@/lib/navigation/nav-items';

export interface NavEntry {
  key: NavItem['key'];
  href: string;
  group: NavItem['group'];
}

export function SidebarNav({ items, onNavigate }: { items: NavEntry[]; onNavigate?: () => void }) {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const groups = (['main', 'management'] as const).filter((g) => items.some((i) => i.group === g));
  // The entry with the longest matching href is the current one (/settings/sso is not /settings).
  const current = items
    .filter((i) => (i.href === '/' ? pathname === '/' : pathname === i.href || pathname.startsWith(`${i.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={t('main')} className="space-y-6" data-testid="sidebar">
      {groups.map((group) => (
        <div key={group}>
          {group === 'management' && (
            <p className="mb-2 px-3 text-xs font-semibold tracking-wide text-slate-400 uppercase">{t('management')}</p>
          )}
          <ul className="space-y-1">
            {items
              .filter((i) => i.group === group)
              .map((item) => {
                const active = item === current;
                return (
                  <li key={item.key}>
                    <Link
                      href={item.href}
                      onClick={onNavigate}
                      data-testid={`nav-${item.key}`}
                      aria-current={active ? 'page' : undefined}
                      className={clsx(
                        'block rounded-md px-3 py-2 text-sm font-medium',
                        active ? 'bg-brand-50 text-brand-700' : 'text-slate-700 hover:bg-slate-100',
                      )}
                    >
                      {t(item.key)}
                    </Link>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
