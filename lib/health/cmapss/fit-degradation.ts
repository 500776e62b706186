import { Matrix, solve } from 'ml-matrix';
import type { DegradationModel } from './degradation-model';
import type { CmapssEngine } from './cmapss-engines';
import { featureNames, trainingSamples, type TrainingSample } from './training-samples';

export interface FitOptions {
  version: string;
  window: number;
  rulCap: number;
  /** Ridge penalty on the standardised weights (λ in (XᵀX + λI)w = Xᵀy). */
  ridge: number;
  folds: number;
  /** Lower edges of the residual bands by predicted RUL, e.g. [0, 25, 50, 75, 100]. */
  bandEdges: number[];
  quantiles: number;
}

export const DEFAULT_FIT: FitOptions = {
  version: 'turbine-cmapss-fd001-v1',
  window: 30,
  rulCap: 125,
  ridge: 1,
  folds: 5,
  bandEdges: [0, 25, 50, 75, 100],
  quantiles: 41,
};

type Linear = Pick<DegradationModel, 'intercept' | 'features'>;

/** Ridge regression on standardised features; the unpenalised intercept is the mean target. */
function fitLinear(samples: readonly TrainingSample[], options: FitOptions): Linear {
  const names = featureNames();
  const n = samples.length;
  const column = (j: number) => samples.map((s) => s.features[j]!);
  const centers = names.map((_, j) => column(j).reduce((sum, v) => sum + v, 0) / n);
  const scales = names.map((_, j) => {
    const variance = column(j).reduce((sum, v) => sum + (v - centers[j]!) ** 2, 0) / n;
    return Math.sqrt(variance) || 1;
  });
  const targets = samples.map((s) => Math.min(s.rul, options.rulCap));
  const intercept = targets.reduce((sum, y) => sum + y, 0) / n;
  const x = new Matrix(samples.map((s) => s.features.map((v, j) => (v - centers[j]!) / scales[j]!)));
  const y = Matrix.columnVector(targets.map((t) => t - intercept));
  const xt = x.transpose();
  const gram = xt.mmul(x).add(Matrix.eye(names.length).mul(options.ridge));
  const weights = solve(gram, xt.mmul(y)).to1DArray();
  return {
    intercept,
    features: names.map((f, j) => ({ ...f, center: centers[j]!, scale: scales[j]!, weight: weights[j]! })),
  };
}

function predictLinear(model: Linear, features: readonly number[], cap: number): number {
  let raw = model.intercept;
  model.features.forEach((f, j) => (raw += (f.weight * (features[j]! - f.center)) / f.scale));
  return Math.min(cap, Math.max(0, raw));
}

/** The p-quantile of sorted values, interpolating linearly between order statistics (Hyndman–Fan type 7). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo]!;
  return low + (h - lo) * ((sorted[lo + 1] ?? low) - low);
}

/**
 * Fits the degradation model on run-to-failure engines: ridge regression of the capped RUL on window
 * features, then k-fold cross-validation by engine (unit mod k) for out-of-fold residuals e = RUL − RUL̂
 * (true, uncapped RUL), kept as quantiles per band of RUL̂; the shipped weights are refitted on all engines.
 */
export function fitDegradation(engines: readonly CmapssEngine[], options: FitOptions = DEFAULT_FIT): DegradationModel {
  const samples = trainingSamples(engines, options.window, options.window);
  const residualsByBand = options.bandEdges.map(() => [] as number[]);
  const all: number[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const model = fitLinear(
      samples.filter((s) => s.unit % options.folds !== fold),
      options,
    );
    for (const s of samples.filter((x) => x.unit % options.folds === fold)) {
      const predicted = predictLinear(model, s.features, options.rulCap);
      const band = Math.max(
        0,
        options.bandEdges.findLastIndex((edge) => predicted >= edge),
      );
      residualsByBand[band]!.push(s.rul - predicted);
      all.push(s.rul - predicted);
    }
  }
  const residuals = options.bandEdges.map((from, i) => {
    // A band no prediction fell into borrows all residuals rather than inventing a spread.
    const sorted = (residualsByBand[i]!.length > 0 ? residualsByBand[i]! : all).sort((a, b) => a - b);
    const quantiles = Array.from({ length: options.quantiles }, (_, k) =>
      quantile(sorted, k / (options.quantiles - 1)),
    );
    return { fromRul: from, toRul: options.bandEdges[i + 1] ?? options.rulCap + 1, quantiles };
  });
  return {
    version: options.version,
    window: options.window,
    rulCap: options.rulCap,
    ...fitLinear(samples, options),
    residuals,
    fit: {
      data: 'NASA C-MAPSS FD001 train_FD001.txt (100 run-to-failure engines)',
      samples: samples.length,
      ridge: options.ridge,
      folds: options.folds,
      residualCounts: residualsByBand.map((r) => r.length),
    },
  };
}
