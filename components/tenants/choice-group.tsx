'use client';

import clsx from 'clsx';

/** A small segmented radio group (two or three options), keyboard- and screen-reader friendly. */
export function ChoiceGroup<V extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset>
      <legend className="block text-sm font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className={clsx(
              'flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm',
              'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40',
              value === o.value ? 'border-brand-500 bg-brand-50 text-brand-700' : 'border-slate-300 bg-white',
            )}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="accent-brand-600"
              data-testid={`${name}-${o.value}`}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
