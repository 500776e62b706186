import { bandExcursion } from './band-excursion';
import type { SignalLimits } from './health-types';

const full: SignalLimits = {
  criticalLow: 0,
  warningLow: 10,
  normalLow: 20,
  normalHigh: 80,
  warningHigh: 90,
  criticalHigh: 100,
};
const none: SignalLimits = {
  criticalLow: null,
  warningLow: null,
  normalLow: null,
  normalHigh: null,
  warningHigh: null,
  criticalHigh: null,
};

describe('bandExcursion', () => {
  it('is null inside the normal band and without limits', () => {
    expect(bandExcursion(50, full)).toBeNull();
    expect(bandExcursion(80, { ...full, normalHigh: 81 })).toBeNull();
    expect(bandExcursion(1e9, none)).toBeNull();
  });

  it('grows from 0 at the normal limit through 0.5 at warning to 1 at critical, on either side', () => {
    expect(bandExcursion(85, full)).toMatchObject({ side: 'high', level: 'normal', limit: 80, deviation: 5 });
    expect(bandExcursion(85, full)!.severity).toBeCloseTo(0.25);
    expect(bandExcursion(90, full)).toMatchObject({ level: 'warning', severity: 0.5 });
    expect(bandExcursion(120, full)).toMatchObject({ level: 'critical', severity: 1, deviation: 20 });
    expect(bandExcursion(5, full)).toMatchObject({ side: 'low', level: 'warning', limit: 10, deviation: 5 });
    expect(bandExcursion(5, full)!.severity).toBeCloseTo(0.75);
  });

  it('rises strictly with the value up to the critical limit, then stays at 1', () => {
    const severities = [80, 82, 86, 91, 95, 99, 100, 130].map((v) => bandExcursion(v, full)?.severity ?? 0);
    for (let i = 1; i < 7; i++) expect(severities[i]).toBeGreaterThan(severities[i - 1]!);
    expect(severities.slice(6)).toEqual([1, 1]);
  });

  it('works with only some limits: a lone critical limit is a step, normal-only rises by band widths', () => {
    expect(bandExcursion(101, { ...none, criticalHigh: 100 })).toMatchObject({ level: 'critical', severity: 1 });
    const normalOnly = { ...none, normalLow: 20, normalHigh: 80 };
    expect(bandExcursion(110, normalOnly)!.severity).toBeCloseTo(0.25); // 30 past = ½ band width → 0.25
    expect(bandExcursion(81, { ...none, normalHigh: 80 })).toMatchObject({ level: 'normal', severity: 0 });
  });
});
