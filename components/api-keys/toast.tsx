'use client';

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import * as Toast from '@radix-ui/react-toast';
import clsx from 'clsx';
import { useLocale, useTranslations } from 'next-intl';

type Tone = 'good' | 'bad';
interface Item {
  id: number;
  message: string;
  tone: Tone;
}

const ToastContext = createContext<(message: string, tone?: Tone) => void>(() => {});

/** Toasts for the API keys page: success and failure of create and revoke, announced to screen readers. */
export function ApiKeysToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations('apiKeys.toast');
  const rtl = useLocale() === 'ar';
  const [items, setItems] = useState<Item[]>([]);
  const show = useCallback((message: string, tone: Tone = 'good') => {
    setItems((current) => [...current, { id: Date.now() + Math.random(), message, tone }]);
  }, []);
  const remove = (id: number) => setItems((current) => current.filter((i) => i.id !== id));
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider swipeDirection={rtl ? 'left' : 'right'} duration={5000}>
        {children}
        {items.map((item) => (
          <Toast.Root
            key={item.id}
            type={item.tone === 'bad' ? 'foreground' : 'background'}
            onOpenChange={(open) => !open && remove(item.id)}
            data-testid={item.tone === 'bad' ? 'toast-error' : 'toast'}
            className={clsx(
              'flex items-start gap-3 rounded-lg border bg-white p-3 text-sm shadow-lg',
              item.tone === 'bad' ? 'border-red-200 text-red-800' : 'border-emerald-200 text-emerald-900',
            )}
          >
            <Toast.Description className="flex-1">{item.message}</Toast.Description>
            <Toast.Close aria-label={t('close')} className="rounded p-1 text-slate-500 hover:bg-slate-100">
              <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="fixed end-0 top-0 z-[100] flex w-full max-w-sm flex-col gap-2 p-4 outline-none sm:top-auto sm:bottom-0" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

export const useApiKeysToast = () => useContext(ToastContext);
