import { CMAPSS_INFORMATIVE_SENSORS } from '../../datasets/cmapss';
import { failureProbabilityWithin, predictRul, type DegradationModel } from './degradation-model';
import type { CmapssEngine } from './cmapss-engines';

export interface CmapssEvaluation {
  engines: number;
  /** √(mean((min(RUL,cap) − RUL̂)²)) over the test engines at their last cycle. */
  rmse: number;
  /** Mean of (p − 1[RUL ≤ h])² with p the model's failure probability within h cycles. */
  brier: number;
  /** The same with a constant p: the share of training cycles whose RUL ≤ h (the base rate). */
  brierBaseRate: number;
  baseRate: number;
  /** Share of test engines that fail within h (for context; a constant equal to it is the best constant). */
  testPrevalence: number;
  horizonCycles: number;
}

function history(engine: CmapssEngine): Record<string, number[]> {
  return Object.fromEntries(CMAPSS_INFORMATIVE_SENSORS.map(({ tag }) => [tag, engine.sensors[tag]]));
}

/** Base rate of "fails within h cycles" over every cycle of run-to-failure engines. */
export function baseRateWithin(trainEngines: readonly CmapssEngine[], horizonCycles: number): number {
  let hits = 0;
  let total = 0;
  for (const engine of trainEngines) {
    total += engine.cycles;
    hits += Math.min(engine.cycles, horizonCycles + 1); // RUL = cycles − t ∈ {0 … h}
  }
  return hits / total;
}

/**
 * Scores a model on cut-off engines: predicts RUL at each test engine's last cycle and compares with
 * the true RUL (RUL_FD00x.txt). Throws when the counts differ or a prediction is impossible.
 */
export function evaluateCmapss(
  model: DegradationModel,
  testEngines: readonly CmapssEngine[],
  trueRul: readonly number[],
  baseRate: number,
  horizonCycles = 30,
): CmapssEvaluation {
  if (testEngines.length !== trueRul.length) throw new Error('test engines and RUL counts differ');
  let squared = 0;
  let brier = 0;
  let brierBase = 0;
  let positives = 0;
  testEngines.forEach((engine, i) => {
    const truth = trueRul[i]!;
    const prediction = predictRul(model, history(engine));
    if (!prediction) throw new Error(`engine ${engine.unit}: missing sensors`);
    squared += (Math.min(truth, model.rulCap) - prediction.rul) ** 2;
    const outcome = truth <= horizonCycles ? 1 : 0;
    positives += outcome;
    brier += (failureProbabilityWithin(model, prediction.rul, horizonCycles) - outcome) ** 2;
    brierBase += (baseRate - outcome) ** 2;
  });
  const n = testEngines.length;
  return {
    engines: n,
    rmse: Math.sqrt(squared / n),
    brier: brier / n,
    brierBaseRate: brierBase / n,
    baseRate,
    testPrevalence: positives / n,
    horizonCycles,
  };
}
