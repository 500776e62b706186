/**
 * The whole demo plant as data: sites, units, assets, links and signals (TEP, gas turbines,
 * simulated). Seeded by system-seed-demo-plant.ts; replayed by demo-replay-step.ts.
 */
import { DEMO_ASSETS, DEMO_LINKS, DEMO_SITES, DEMO_UNITS } from './demo-plant-layout';
import { tepSignals } from './demo-plant-tep';
import { turbineSignals } from './demo-plant-turbines';
import { SIMULATED_BY_TYPE, simulatedSignal, type SimulatedSignal } from './demo-simulation';
import { memo } from '../datasets/data-files';

/** Every simulated signal: an asset's own `sim` list, or its type's defaults. */
export const demoSimulatedSignals = memo((): SimulatedSignal[] =>
  DEMO_ASSETS.flatMap((asset) =>
    (asset.sim ?? SIMULATED_BY_TYPE[asset.type] ?? []).map((spec) => simulatedSignal(asset.tag, spec)),
  ),
);

export const demoPlant = memo(() => ({
  sites: DEMO_SITES,
  units: DEMO_UNITS,
  assets: DEMO_ASSETS,
  links: DEMO_LINKS,
  signals: [...tepSignals(), ...turbineSignals(), ...demoSimulatedSignals()],
}));
