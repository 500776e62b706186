'use client';

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import * as Toast from '@radix-ui/react-toast';
import clsx from 'clsx';
import { useTranslations } from 'next-intl';

type Tone = 'success' | 'error';
interface Item {
  id: number;
  tone: Tone;
  text: string;
}

const ToastContext = createContext<(text: string, tone?: Tone) => void>(() => {});

/** `const toast = useToast(); toast(t('saved'))` inside a <Toaster>. */
export const useToast = () => useContext(ToastContext);

let nextId = 1;

/** Short confirmations and errors, announced to screen readers; at the bottom, full width on phones. */
export function Toaster({ children }: { children: ReactNode }) {
  const t = useTranslations('tenants');
  const [items, setItems] = useState<Item[]>([]);
  const show = useCallback((text: string, tone: Tone = 'success') => {
    setItems((list) => [...list.slice(-2), { id: nextId++, tone, text }]);
  }, []);
  const remove = (id: number) => setItems((list) => list.filter((i) => i.id !== id));
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider duration={5000} swipeDirection="down">
        {children}
        {items.map((item) => (
          <Toast.Root
            key={item.id}
            type={item.tone === 'error' ? 'foreground' : 'background'}
            onOpenChange={(open) => !open && remove(item.id)}
            data-testid="toast"
            data-tone={item.tone}
            className={clsx(
              'flex items-start gap-3 rounded-lg border p-3 text-sm shadow-lg',
              item.tone === 'error' ? 'border-red-200 bg-red-50 text-red-900' : 'border-emerald-200 bg-white text-ink',
            )}
          >
            <Toast.Description className="flex-1">{item.text}</Toast.Description>
            <Toast.Close aria-label={t('close')} className="rounded p-1 text-slate-500 hover:bg-slate-100">
              <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="fixed inset-x-0 bottom-0 z-[60] flex flex-col gap-2 p-4 sm:inset-x-auto sm:end-0 sm:w-96" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}
