'use client';

import { useEffect } from 'react';
import { useRouter } from '@/lib/i18n/navigation';

/** How often a page showing live values asks the server for them again. */
export const LIVE_REFRESH_MS = 5_000;

/**
 * Keeps a server-rendered page's live values (latest samples, connectivity, health) current:
 * re-renders its server data every `everyMs` while the tab is visible. Client state (chart ranges,
 * open dialogs) survives a refresh; hidden tabs cost the server nothing.
 */
export function LiveRefresh({ everyMs = LIVE_REFRESH_MS }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [everyMs, router]);
  return null;
}
