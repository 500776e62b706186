/**
 * The utilities unit's two gas turbines replay NASA C-MAPSS FD001 training engines (run to
 * failure): GT-701 is engine 69 early in its life (cycles 31–150 of 362), GT-702 is engine 92
 * close to failure (its last 40 cycles of 341). Their 14 informative sensors become signals with
 * limits learned from the first 50 cycles of all 100 engines (new engines, normal operation).
 */
import { CMAPSS_INFORMATIVE_SENSORS, loadCmapssTrain } from '../datasets/cmapss';
import { learnLimits } from './learned-limits';
import type { DemoSignal } from './demo-plant-types';

export interface DemoTurbine {
  asset: string;
  engine: number;
  /** the cycles the live replay goes round (inclusive) */
  liveCycles: [number, number];
}

export const DEMO_TURBINES: DemoTurbine[] = [
  { asset: 'GT-701', engine: 69, liveCycles: [31, 150] },
  { asset: 'GT-702', engine: 92, liveCycles: [302, 341] },
];

/** Cycles of each FD001 engine taken as "new" when learning limits. */
export const HEALTHY_CYCLES = 50;

export const turbineSignalTag = (asset: string, sensorTag: string) => `${asset}.${sensorTag}`;

/** 14 signals per turbine, in CMAPSS_INFORMATIVE_SENSORS order. */
export function turbineSignals(): DemoSignal[] {
  const healthy = loadCmapssTrain().filter((r) => r.cycle <= HEALTHY_CYCLES);
  const limits = CMAPSS_INFORMATIVE_SENSORS.map((s) =>
    learnLimits(healthy.map((r) => r.sensors[s.sensor - 1] as number)),
  );
  return DEMO_TURBINES.flatMap((turbine) =>
    CMAPSS_INFORMATIVE_SENSORS.map((sensor, i) => ({
      asset: turbine.asset,
      tag: turbineSignalTag(turbine.asset, sensor.tag),
      description: `${sensor.descriptionEn} (sensor ${sensor.sensor})`,
      // '-' marks a dimensionless sensor in the C-MAPSS documentation: no engineering unit (blank → none)
      unit: sensor.unit === '-' ? '' : sensor.unit,
      kind: 'measurement' as const,
      limits: limits[i] ?? {},
    })),
  );
}
