'use client';

import type { ReactNode } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';
import clsx from 'clsx';
import { useDir } from './use-dir';

/**
 * A controlled modal dialog: centred on wide screens, a bottom sheet on phones, scrolling when
 * taller than the screen. Margins are automatic, so nothing depends on the reading direction.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  closeLabel,
  children,
  testId,
  wide,
  keepOnOutsideClick,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** accessible name of the close button (localized by the caller) */
  closeLabel: string;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
  /** a stray click outside must not close it (e.g. while a secret is shown once) */
  keepOnOutsideClick?: boolean;
}) {
  const dir = useDir();
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          dir={dir}
          data-testid={testId}
          onInteractOutside={keepOnOutsideClick ? (e) => e.preventDefault() : undefined}
          className={clsx(
            'fixed inset-x-0 bottom-0 z-50 max-h-[92vh] overflow-y-auto rounded-t-2xl bg-white p-5 shadow-xl sm:inset-0 sm:m-auto sm:h-fit sm:max-h-[90vh] sm:w-full sm:rounded-2xl',
            wide ? 'sm:max-w-2xl' : 'sm:max-w-lg',
          )}
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <div className="min-w-0">
              <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
              <RadixDialog.Description className={description ? 'mt-1 text-sm text-slate-600' : 'sr-only'}>
                {description ?? title}
              </RadixDialog.Description>
            </div>
            <RadixDialog.Close aria-label={closeLabel} className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100">
              <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </RadixDialog.Close>
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The button row at the bottom of a dialog: stacked on phones, at the end of the line otherwise. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">{children}</div>;
}
