'use client';

import { useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useLocale, useTranslations } from 'next-intl';
import { SidebarNav, type NavEntry } from './sidebar-nav';

/** The sidebar as a drawer on small screens; it slides in from the reading-start side. */
export function MobileNav({ items, title }: { items: NavEntry[]; title: string }) {
  const t = useTranslations('nav');
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        aria-label={t('openMenu')}
        data-testid="open-menu"
        className="rounded-md p-2 hover:bg-slate-100 lg:hidden"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          dir={locale === 'ar' ? 'rtl' : 'ltr'}
          className="fixed inset-y-0 start-0 z-50 w-72 max-w-[85vw] overflow-y-auto bg-white p-4 shadow-xl"
        >
          <div className="mb-4 flex items-center justify-between">
            <Dialog.Title className="ltr-isolate font-semibold">{title}</Dialog.Title>
            <Dialog.Close aria-label={t('closeMenu')} className="rounded-md p-2 hover:bg-slate-100">
              <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">{t('main')}</Dialog.Description>
          <SidebarNav items={items} onNavigate={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
