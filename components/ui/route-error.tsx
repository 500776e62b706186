'use client';

/**
 * A route segment's error state (used by its error.tsx): say so, offer a retry; the layout and
 * sidebar stay. The caller passes the localized texts.
 */
export function RouteError({
  message,
  retryLabel,
  reset,
  testId,
}: {
  message: string;
  retryLabel: string;
  reset: () => void;
  testId: string;
}) {
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl rounded-xl border border-red-200 bg-red-50 p-6 text-center"
      data-testid={testId}
    >
      <p className="font-medium text-red-900">{message}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-white px-4 py-2 text-sm font-medium text-red-900 shadow-sm hover:bg-red-100"
      >
        {retryLabel}
      </button>
    </div>
  );
}
