'use client';

import * as RadixSelect from '@radix-ui/react-select';
import clsx from 'clsx';
import { inputClass } from './field';
import { useDir } from './use-dir';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A single-choice select on Radix (keyboard, typeahead, RTL). Radix reserves the empty string,
 * so "no choice" options need a value of their own (e.g. 'all'), mapped by the caller.
 */
export function Select({
  id,
  value,
  onValueChange,
  options,
  placeholder,
  ariaLabel,
  disabled,
  invalid,
  testId,
  className,
}: {
  id?: string;
  value: string | undefined;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  placeholder?: string;
  ariaLabel?: string;
  disabled?: boolean;
  invalid?: boolean;
  testId?: string;
  className?: string;
}) {
  const dir = useDir();
  return (
    <RadixSelect.Root value={value} onValueChange={onValueChange} disabled={disabled} dir={dir}>
      <RadixSelect.Trigger
        id={id}
        aria-label={ariaLabel}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        className={clsx(inputClass, 'flex items-center justify-between gap-2', className)}
      >
        <RadixSelect.Value placeholder={placeholder} />
        <RadixSelect.Icon className="text-slate-500">
          <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
            <path d="M5.5 7.5 10 12l4.5-4.5h-9z" />
          </svg>
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content
          position="popper"
          sideOffset={4}
          className="z-[60] max-h-[var(--radix-select-content-available-height)] min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg"
        >
          <RadixSelect.Viewport className="p-1">
            {options.map((option) => (
              <RadixSelect.Item
                key={option.value}
                value={option.value}
                data-testid={testId ? `${testId}-option-${option.value}` : undefined}
                className="flex cursor-pointer items-center justify-between gap-4 rounded px-3 py-2 text-sm outline-none select-none data-[highlighted]:bg-brand-50 data-[state=checked]:font-semibold"
              >
                <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                <RadixSelect.ItemIndicator className="text-brand-600">✓</RadixSelect.ItemIndicator>
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
