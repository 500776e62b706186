'use client';

import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { PLANT_KEY } from '@/components/plant/plant-requests';

/**
 * The plant dialogs refresh what the browser holds by invalidating PLANT_KEY. This server-rendered
 * page holds nothing there, so it keeps one marker query under that key and reloads its server data
 * when the marker is invalidated (a signal saved from this page shows up in its lists and charts).
 */
export function RefreshOnPlantChange({ assetId }: { assetId: string }) {
  const router = useRouter();
  const marker = useQuery({
    queryKey: [...PLANT_KEY, 'asset-page', assetId],
    queryFn: () => Date.now(),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const first = useRef<number | null>(null);
  useEffect(() => {
    if (!marker.data) return;
    if (first.current === null) first.current = marker.data;
    else if (marker.data !== first.current) router.refresh();
  }, [marker.data, router]);
  return null;
}
