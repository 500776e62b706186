import { readFileSync } from 'node:fs';
import path from 'node:path';
import { degradationModelFor } from '../degradation-models';
import { failureProbabilityWithin } from './degradation-model';
import { baseRateWithin, evaluateCmapss } from './evaluate-cmapss';
import { fitDegradation } from './fit-degradation';
import { parseCmapssEngines } from './cmapss-engines';
import { parseCmapssRul } from '../../datasets/cmapss';

const dir = path.join(__dirname, '..', '..', '..', 'data', 'cmapss');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const train = parseCmapssEngines(read('train_FD001.txt'));
const test = parseCmapssEngines(read('test_FD001.txt'));
const rul = parseCmapssRul(read('RUL_FD001.txt'));
const shipped = degradationModelFor('turbine')!;

describe('the shipped turbine degradation model (C-MAPSS FD001)', () => {
  it('reads the NASA files as 100 training and 100 test engines', () => {
    expect(train).toHaveLength(100);
    expect(test).toHaveLength(100);
    expect(rul).toHaveLength(100);
    expect(train.reduce((n, e) => n + e.cycles, 0)).toBe(20631);
    expect(test.reduce((n, e) => n + e.cycles, 0)).toBe(13096);
  });

  it('predicts test_FD001 RUL with RMSE ≤ 20 cycles (cap 125) and beats the base rate on Brier', () => {
    const result = evaluateCmapss(shipped, test, rul, baseRateWithin(train, 30), 30);
    expect(result.rmse).toBeLessThanOrEqual(20);
    expect(result.brier).toBeLessThan(result.brierBaseRate / 2);
  });

  it('is exactly what the fit produces from train_FD001 (the product runs the benchmarked model)', () => {
    expect(JSON.parse(JSON.stringify(fitDegradation(train)))).toEqual(shipped);
  });

  it('gives a failure probability that falls as the predicted RUL grows', () => {
    const probabilities = [0, 10, 20, 30, 40, 60, 90, 125].map((r) => failureProbabilityWithin(shipped, r, 30));
    for (let i = 1; i < probabilities.length; i++) expect(probabilities[i]).toBeLessThanOrEqual(probabilities[i - 1]!);
    expect(probabilities[0]).toBeGreaterThan(0.9);
    expect(probabilities.at(-1)).toBeLessThan(0.05);
  });

  it('has no turbine model for other asset types', () => {
    expect(degradationModelFor('pump')).toBeNull();
  });
});
