'use client';

import { useRef } from 'react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { signOutAction } from './actions';

export function UserMenu({ name, email, roleLabel }: { name: string; email: string | null; roleLabel: string }) {
  const t = useTranslations('header');
  const locale = useLocale();
  // The form lives outside the menu: the menu unmounts its content when an item is chosen.
  const signOutForm = useRef<HTMLFormElement>(null);
  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .slice(0, 2)
    .join('');
  return (
    <>
      <form ref={signOutForm} action={signOutAction} hidden>
        <input type="hidden" name="locale" value={locale} />
      </form>
      <DropdownMenu.Root dir={locale === 'ar' ? 'rtl' : 'ltr'}>
        <DropdownMenu.Trigger
          aria-label={t('userMenu')}
          data-testid="user-menu"
          className="flex items-center gap-2 rounded-full p-1 pe-3 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        >
          <span className="grid size-8 place-items-center rounded-full bg-brand-600 text-sm font-semibold text-white">
            {initials}
          </span>
          <span className="hidden max-w-40 truncate text-sm font-medium sm:inline">{name}</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={6}
            className="z-50 min-w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
          >
            <div className="px-3 py-2">
              <p className="text-xs text-slate-500">{t('signedInAs')}</p>
              <p className="truncate text-sm font-medium">{name}</p>
              {email && <p className="ltr-isolate truncate text-xs text-slate-500">{email}</p>}
              <p className="mt-1 text-xs text-brand-700" data-testid="user-role">
                {roleLabel}
              </p>
            </div>
            <DropdownMenu.Separator className="my-1 h-px bg-slate-100" />
            <DropdownMenu.Item asChild>
              <Link
                href="/change-password"
                data-testid="change-password"
                className="block w-full rounded-md px-3 py-2 text-start text-sm outline-none data-[highlighted]:bg-slate-100"
              >
                {t('changePassword')}
              </Link>
            </DropdownMenu.Item>
            <DropdownMenu.Item
              data-testid="sign-out"
              onSelect={() => signOutForm.current?.requestSubmit()}
              className="w-full cursor-pointer rounded-md px-3 py-2 text-start text-sm text-red-700 outline-none data-[highlighted]:bg-red-50"
            >
              {t('signOut')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </>
  );
}
