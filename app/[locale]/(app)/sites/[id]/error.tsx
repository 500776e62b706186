'use client';

import { PlantError } from '@/components/plant/plant-error';

export default function Error({ reset }: { error: Error; reset: () => void }) {
  return <PlantError reset={reset} />;
}
