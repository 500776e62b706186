import { CMAPSS_INFORMATIVE_SENSORS, parseCmapssRul } from '../datasets/cmapss';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCmapssEngines, type CmapssEngine } from './cmapss/cmapss-engines';
import { computeAssetHealth } from './compute-asset-health';
import { NOW, asset } from './health-fixtures';
import type { SignalWindow } from './health-types';

const dir = path.join(__dirname, '..', '..', 'data', 'cmapss');
const test = parseCmapssEngines(readFileSync(path.join(dir, 'test_FD001.txt'), 'utf8'));
const rul = parseCmapssRul(readFileSync(path.join(dir, 'RUL_FD001.txt'), 'utf8'));
const NO_LIMITS = {
  criticalLow: null,
  warningLow: null,
  normalLow: null,
  normalHigh: null,
  warningHigh: null,
  criticalHigh: null,
};

/** A gas turbine whose signals replay one C-MAPSS engine, one sample per cycle, tagged `GT-101.<sensor>`. */
function turbineSignals(engine: CmapssEngine): SignalWindow[] {
  return CMAPSS_INFORMATIVE_SENSORS.map(({ tag: mnemonic }) => {
    const values = engine.sensors[mnemonic];
    return {
      id: `sig-${mnemonic}`,
      tag: `GT-101.${mnemonic}`,
      kind: 'measurement',
      limits: NO_LIMITS,
      sampleIntervalSeconds: 60,
      latest: { t: NOW, value: values.at(-1)! },
      points: [],
      recentValues: values.slice(-30),
    };
  });
}

const youngest = test[rul.indexOf(Math.max(...rul))]!;
const oldest = test[rul.indexOf(Math.min(...rul))]!;

describe('the degradation factor on turbines', () => {
  it('scores an engine near failure far below one early in life, with the drivers named', () => {
    const metadata = { hoursPerCycle: 4 };
    const early = computeAssetHealth(asset(turbineSignals(youngest), { assetType: 'turbine', metadata }));
    const late = computeAssetHealth(asset(turbineSignals(oldest), { assetType: 'turbine', metadata }));
    expect(early.status).toBe('normal');
    expect(late.status).toBe('critical');
    expect(late.score!).toBeLessThan(early.score! - 40);
    expect(late.failureProbability!).toBeGreaterThan(0.8);
    expect(early.failureProbability!).toBeLessThan(0.05);
    const factor = late.factors.find((f) => f.kind === 'degradation')!;
    expect(factor).toMatchObject({ signalId: null, modelVersion: 'turbine-cmapss-fd001-v1', rulCap: 125 });
    expect(factor.rulCycles as number).toBeLessThan(30);
    expect(factor.hoursToFailure).toBeCloseTo((factor.rulCycles as number) * 4);
    expect((factor.drivers as { signalId: string }[])[0]!.signalId).toMatch(/^sig-/);
    expect(late.modelVersion).toBe('health-v1+turbine-cmapss-fd001-v1');
  });

  it('leaves the probability unknown without a cycle length, and omits the factor when a sensor is missing', () => {
    const noCycle = computeAssetHealth(asset(turbineSignals(oldest), { assetType: 'turbine' }));
    expect(noCycle.failureProbability).toBeNull();
    expect(noCycle.factors.find((f) => f.kind === 'degradation')).toMatchObject({ probabilityWithinHorizon: null });
    const missing = turbineSignals(oldest).filter((s) => s.tag !== 'GT-101.T50');
    expect(computeAssetHealth(asset(missing, { assetType: 'turbine' }))).toMatchObject({
      status: 'unknown',
      factors: [],
    });
  });

  it('does not run the turbine model on other asset types', () => {
    const pump = computeAssetHealth(asset(turbineSignals(oldest), { assetType: 'pump' }));
    expect(pump.status).toBe('unknown');
  });
});
