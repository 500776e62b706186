import type { ReactNode } from 'react';
import clsx from 'clsx';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages outside the app shell (sign-in, change password): brand, language switch, one card. */
export async function AuthFrame({
  title,
  subtitle,
  wide = false,
  tagline = false,
  children,
}: {
  title: ReactNode;
  subtitle: ReactNode;
  wide?: boolean;
  tagline?: boolean;
  children: ReactNode;
}) {
  const tApp = await getTranslations('app');
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-700 to-brand-600 px-4 py-6">
      <div className="flex justify-end">
        <LanguageSwitch className="text-white/90 hover:text-white" />
      </div>
      <main className={clsx('mx-auto w-full flex-1', wide ? 'mt-6 max-w-md sm:mt-14' : 'mt-10 max-w-sm sm:mt-20')}>
        <div className="mb-6 text-center text-white">
          <p className="ltr-isolate text-3xl font-semibold tracking-wide">{tApp('name')}</p>
          {tagline && <p className="mt-1 text-white/80">{tApp('tagline')}</p>}
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl">
          <h1 className="text-xl font-semibold">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">{subtitle}</p>
          {children}
        </div>
      </main>
    </div>
  );
}
