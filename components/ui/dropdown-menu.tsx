'use client';

import type { ReactNode } from 'react';
import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import clsx from 'clsx';
import { useDir } from './use-dir';

export interface MenuItem {
  key: string;
  label: ReactNode;
  onSelect: () => void;
  tone?: 'danger';
  testId?: string;
}

/** A "more actions" menu: a trigger button and a list of actions, keyboard-navigable, RTL-aware. */
export function DropdownMenu({
  trigger,
  label,
  items,
  testId,
}: {
  trigger: ReactNode;
  /** accessible name of the trigger */
  label: string;
  items: MenuItem[];
  testId?: string;
}) {
  const dir = useDir();
  return (
    <RadixMenu.Root dir={dir} modal={false}>
      <RadixMenu.Trigger
        aria-label={label}
        data-testid={testId}
        className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
      >
        {trigger}
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-44 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          {items.map((item) => (
            <RadixMenu.Item
              key={item.key}
              data-testid={item.testId}
              onSelect={item.onSelect}
              className={clsx(
                'cursor-pointer rounded-md px-3 py-2 text-start text-sm outline-none',
                item.tone === 'danger'
                  ? 'text-red-700 data-[highlighted]:bg-red-50'
                  : 'data-[highlighted]:bg-slate-100',
              )}
            >
              {item.label}
            </RadixMenu.Item>
          ))}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}
