import type { ReactNode } from 'react';
import clsx from 'clsx';

/**
 * A number with its engineering unit ("72 °C", "1.5 kg/h") as ONE left-to-right isolate: inside
 * Arabic text the bidi algorithm would otherwise swap the number and a Latin unit. `value` is
 * already formatted (i18n number formatter); no unit → the number alone, still isolated.
 */
export function Quantity({
  value,
  unit,
  className,
  testId = 'quantity',
}: {
  value: ReactNode;
  unit?: string | null;
  className?: string;
  testId?: string;
}) {
  return (
    <bdi dir="ltr" className={clsx('tabular-nums', className)} data-testid={testId}>
      {value}
      {unit ? ` ${unit}` : ''}
    </bdi>
  );
}

/** A quantity's plain text ("72 °C") for messages that wrap it in a `<q>` tag rendered by `quantityTag`. */
export const quantityText = (value: string, unit?: string | null) => (unit ? `${value} ${unit}` : value);

/** The `<q>…</q>` tag of a rich message: its text as one LTR isolate. */
export const quantityTag = (chunks: ReactNode) => <Quantity value={chunks} />;
