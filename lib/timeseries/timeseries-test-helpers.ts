/** Shared helpers of the time-series integration tests (not a test file itself). */
import { createSignal } from '../plant/create-signal';
import { ZCreateSignal } from '../plant/signal-schemas';
import { newAsset, next, plantWorld } from '../plant/plant-test-helpers';

/** A tenant with one asset and `count` signals; returns the tenant id and the signal ids. */
export async function tenantWithSignals(count: number) {
  const { tenant, admin, unit } = await plantWorld();
  const asset = await newAsset(admin, unit.id);
  const signalIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const signal = await createSignal(
      admin,
      ZCreateSignal.parse({ assetId: asset.id, tag: `TI-${next()}`, kind: 'measurement' }),
    );
    signalIds.push(signal.id);
  }
  return { tenantId: tenant.id, signalIds };
}

/** `start` plus the given number of seconds. */
export const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);
