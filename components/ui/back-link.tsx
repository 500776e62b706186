import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';

/** "← up one level", the arrow turned for right-to-left pages. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
      data-testid="back-link"
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="size-4 rtl:rotate-180"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M15 18l-6-6 6-6" />
      </svg>
      {children}
    </Link>
  );
}
