import { failureProbabilityWithin, predictRul, type DegradationModel } from './cmapss/degradation-model';
import type { SignalWindow } from './health-types';

/** The signal whose tag ends with the model's sensor name as its last token (e.g. `GT-101.T24` → T24). */
function signalForSensor(signals: readonly SignalWindow[], sensor: string): SignalWindow | undefined {
  const wanted = sensor.toLowerCase();
  return signals.find(
    (s) =>
      s.tag
        .split(/[^A-Za-z0-9]+/)
        .at(-1)
        ?.toLowerCase() === wanted,
  );
}

export interface DegradationResult {
  rulCycles: number;
  rulCap: number;
  /** 1 − RUL/cap: 0 for a healthy engine, 1 at predicted end of life. */
  severity: number;
  /** P(RUL ≤ horizon) when the cycle length is known, else null (no probability is invented). */
  probabilityWithinHorizon: number | null;
  hoursToFailure: number | null;
  /** The three features that take the most cycles off the predicted RUL. */
  drivers: { sensor: string; signalId: string; stat: string; cycles: number }[];
}

/**
 * Runs a learned degradation model on the asset's fresh signals (their last raw samples, one per
 * cycle). Null when any sensor the model needs has no matching fresh signal with samples.
 */
export function degradationFactor(
  model: DegradationModel,
  freshSignals: readonly SignalWindow[],
  horizonHours: number,
  hoursPerCycle: number | undefined,
): DegradationResult | null {
  const history: Record<string, number[]> = {};
  const signalIds: Record<string, string> = {};
  for (const { sensor } of model.features) {
    const signal = signalForSensor(freshSignals, sensor);
    const values = (signal?.recentValues ?? []).filter(Number.isFinite);
    if (!signal || values.length === 0) return null;
    history[sensor] = values;
    signalIds[sensor] = signal.id;
  }
  const prediction = predictRul(model, history);
  if (!prediction) return null;
  const { rul } = prediction;
  const drivers = [...prediction.contributions]
    .sort((a, b) => a.cycles - b.cycles)
    .slice(0, 3)
    .map((c) => ({ sensor: c.sensor, signalId: signalIds[c.sensor]!, stat: c.stat, cycles: c.cycles }));
  return {
    rulCycles: rul,
    rulCap: model.rulCap,
    severity: 1 - rul / model.rulCap,
    probabilityWithinHorizon: hoursPerCycle ? failureProbabilityWithin(model, rul, horizonHours / hoursPerCycle) : null,
    hoursToFailure: hoursPerCycle ? rul * hoursPerCycle : null,
    drivers,
  };
}
