'use client';

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import * as RadixToast from '@radix-ui/react-toast';
import clsx from 'clsx';
import { useDir } from './use-dir';

export type ToastTone = 'good' | 'bad';
interface Item {
  id: number;
  message: string;
  tone: ToastTone;
}

const ToastContext = createContext<(message: string, tone?: ToastTone) => void>(() => {});

/** `const toast = useToast(); toast(t('saved'))` inside a ToastProvider. */
export const useToast = () => useContext(ToastContext);

/**
 * Short confirmations, announced to screen readers (errors assertively). On wide screens they
 * appear at the bottom, reading-end side; on phones at the top, clear of bottom-sheet dialogs.
 */
export function ToastProvider({ children, closeLabel }: { children: ReactNode; closeLabel: string }) {
  const rtl = useDir() === 'rtl';
  const [items, setItems] = useState<Item[]>([]);
  const show = useCallback((message: string, tone: ToastTone = 'good') => {
    setItems((current) => [...current, { id: Date.now() + Math.random(), message, tone }]);
  }, []);
  const remove = (id: number) => setItems((current) => current.filter((i) => i.id !== id));
  return (
    <ToastContext.Provider value={show}>
      <RadixToast.Provider swipeDirection={rtl ? 'left' : 'right'} duration={5000}>
        {children}
        {items.map((item) => (
          <RadixToast.Root
            key={item.id}
            type={item.tone === 'bad' ? 'foreground' : 'background'}
            onOpenChange={(open) => !open && remove(item.id)}
            data-testid={item.tone === 'bad' ? 'toast-error' : 'toast'}
            className={clsx(
              'flex items-start gap-3 rounded-lg border bg-white p-3 text-sm shadow-lg',
              item.tone === 'bad' ? 'border-red-200 text-red-800' : 'border-emerald-200 text-emerald-900',
            )}
          >
            <RadixToast.Description className="flex-1">{item.message}</RadixToast.Description>
            <RadixToast.Close aria-label={closeLabel} className="rounded p-0.5 text-slate-500 hover:bg-slate-100">
              <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </RadixToast.Close>
          </RadixToast.Root>
        ))}
        <RadixToast.Viewport className="fixed inset-x-0 top-0 z-[70] flex flex-col gap-2 p-4 outline-none sm:inset-x-auto sm:top-auto sm:bottom-0 sm:end-0 sm:w-96" />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}
