import { CMAPSS_INFORMATIVE_SENSORS } from '../../datasets/cmapss';
import type { CmapssEngine } from './cmapss-engines';
import { windowFeature, type WindowStat } from './window-features';

export const FEATURE_STATS: readonly WindowStat[] = ['mean', 'slope'];

/** The model's feature list in a fixed order: every informative sensor × every window statistic. */
export function featureNames(): { sensor: string; stat: WindowStat }[] {
  return CMAPSS_INFORMATIVE_SENSORS.flatMap(({ tag }) => FEATURE_STATS.map((stat) => ({ sensor: tag, stat })));
}

/** Raw (unstandardised) feature vector of an engine as seen at cycle `cycle` (1-based, inclusive). */
export function featuresAt(engine: CmapssEngine, cycle: number, window: number): number[] {
  return featureNames().map(({ sensor, stat }) =>
    windowFeature(engine.sensors[sensor as keyof CmapssEngine['sensors']].slice(0, cycle), window, stat),
  );
}

export interface TrainingSample {
  unit: number;
  features: number[];
  /** True remaining cycles (uncapped): the engine failed after its last recorded cycle. */
  rul: number;
}

/**
 * One sample per cycle from `minCycle` to the end of each run-to-failure engine; the regression target
 * is min(rul, cap) — the piecewise-linear convention (Heimes 2008): wear is invisible early in life.
 */
export function trainingSamples(engines: readonly CmapssEngine[], window: number, minCycle: number): TrainingSample[] {
  const samples: TrainingSample[] = [];
  for (const engine of engines) {
    for (let cycle = Math.min(minCycle, engine.cycles); cycle <= engine.cycles; cycle++) {
      samples.push({ unit: engine.unit, features: featuresAt(engine, cycle, window), rul: engine.cycles - cycle });
    }
  }
  return samples;
}
