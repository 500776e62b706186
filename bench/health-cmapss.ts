/**
 * Benchmark of the turbine degradation model on NASA C-MAPSS FD001 (data/README.md): refits the model
 * with the same code as `npm run fit:health`, predicts RUL at the last cycle of each test engine and
 * prints `name: value` lines — RMSE against RUL_FD001 (cap 125) and the Brier score of "fails within
 * 30 cycles" next to the base-rate baseline. Run: `npm run bench:health`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { baseRateWithin, evaluateCmapss } from '../lib/health/cmapss/evaluate-cmapss';
import { fitDegradation } from '../lib/health/cmapss/fit-degradation';
import { parseCmapssEngines } from '../lib/health/cmapss/cmapss-engines';
import { parseCmapssRul } from '../lib/datasets/cmapss';

const dir = path.join(__dirname, '..', 'data', 'cmapss');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

const started = performance.now();
const train = parseCmapssEngines(read('train_FD001.txt'));
const test = parseCmapssEngines(read('test_FD001.txt'));
const rul = parseCmapssRul(read('RUL_FD001.txt'));
const model = fitDegradation(train);
const fitMs = performance.now() - started;
const result = evaluateCmapss(model, test, rul, baseRateWithin(train, 30), 30);

const lines: [string, string][] = [
  ['health_cmapss_model', model.version],
  ['health_cmapss_test_engines', String(result.engines)],
  ['health_cmapss_rmse_cycles', result.rmse.toFixed(2)],
  ['health_cmapss_brier_fail_within_30', result.brier.toFixed(4)],
  ['health_cmapss_brier_base_rate', result.brierBaseRate.toFixed(4)],
  ['health_cmapss_base_rate', result.baseRate.toFixed(4)],
  ['health_cmapss_brier_ratio_vs_base_rate', (result.brier / result.brierBaseRate).toFixed(3)],
  ['health_cmapss_test_prevalence', result.testPrevalence.toFixed(4)],
  // The best any constant can do (it peeks at the test outcomes): p(1 − p).
  ['health_cmapss_brier_best_constant', (result.testPrevalence * (1 - result.testPrevalence)).toFixed(4)],
  ['health_cmapss_fit_ms', fitMs.toFixed(0)],
];
for (const [name, value] of lines) console.log(`${name}: ${value}`);
