import { computeAssetHealth } from './compute-asset-health';
import { HOUR, NOW, VIBRATION_LIMITS, asset, numbersIn, series, signal } from './health-fixtures';

describe('computeAssetHealth — rising vibration', () => {
  // Vibration climbing 0.02 mm/s per hour from 2 mm/s with a fixed ripple; judged on the last 24 h at each point.
  // A trend is projected at most one window span (24 h) ahead, so the probability rises only near the limit.
  const elapsedHours = [120, 160, 200, 220, 240, 300, 380, 420, 440];
  const snapshots = elapsedHours.map((elapsed) => {
    const now = new Date(NOW.getTime() + elapsed * HOUR);
    const points = series(now, 24, (ago) => 2 + 0.02 * (elapsed - ago) + 0.2 * Math.sin(ago * 7.3));
    return computeAssetHealth(asset([signal({ points })], { now }));
  });

  it('lowers the score and raises the failure probability monotonically', () => {
    const scores = snapshots.map((s) => s.score!);
    const probabilities = snapshots.map((s) => s.failureProbability!);
    for (let i = 1; i < snapshots.length; i++) {
      expect(scores[i]).toBeLessThan(scores[i - 1]!);
      expect(probabilities[i]).toBeGreaterThanOrEqual(probabilities[i - 1]!);
      if (i >= 7) expect(probabilities[i]).toBeGreaterThan(probabilities[i - 1]!);
    }
    expect(probabilities[0]).toBeLessThan(0.01);
    expect(probabilities.at(-1)).toBeGreaterThan(0.5);
    expect(snapshots.map((s) => s.status)).toEqual([
      'normal',
      'normal',
      'normal',
      'normal',
      'warning',
      'warning',
      'warning',
      'critical',
      'critical',
    ]);
  });

  it('explains itself: the band excursion and the trend toward the critical limit with its time to reach it', () => {
    const late = snapshots[5]!; // 300 h: 8.0 mm/s, rising 0.02/h → critical 11.2 in ≈ 160 h
    const band = late.factors.find((f) => f.kind === 'band_excursion')!;
    expect(band).toMatchObject({ signalId: 'sig-vibration', side: 'high', level: 'warning', limit: 7.1 });
    expect(band.deviation as number).toBeCloseTo(0.9, 1);
    const trend = late.factors.find((f) => f.kind === 'trend_to_limit')!;
    expect(trend).toMatchObject({ signalId: 'sig-vibration', limit: 11.2, limitLevel: 'critical' });
    expect(trend.slopePerHour as number).toBeCloseTo(0.02, 2);
    expect(trend.hoursToLimit as number).toBeGreaterThan(140);
    expect(trend.hoursToLimit as number).toBeLessThan(180);
    expect(late.horizonHours).toBe(168);
    expect(late.modelVersion).toBe('health-v1');
  });
});

describe('computeAssetHealth — data quality', () => {
  it('is unknown, with no score or probability, when the data is stale', () => {
    const points = series(new Date(NOW.getTime() - 2 * HOUR), 24, () => 2);
    const snapshot = computeAssetHealth(asset([signal({ points })]));
    expect(snapshot).toMatchObject({ status: 'unknown', score: null, failureProbability: null });
    expect(snapshot.factors).toEqual([
      expect.objectContaining({ kind: 'stale_data', signalId: 'sig-vibration', ageHours: 2 }),
    ]);
  });

  it('is unknown when a signal has no samples at all, and when no signal has limits', () => {
    expect(computeAssetHealth(asset([signal({ points: [] })])).status).toBe('unknown');
    const noLimits = signal({
      points: series(NOW, 24, () => 99),
      limits: { ...VIBRATION_LIMITS, normalLow: null, normalHigh: null, warningHigh: null, criticalHigh: null },
    });
    expect(computeAssetHealth(asset([noLimits]))).toMatchObject({ status: 'unknown', score: null });
    expect(computeAssetHealth(asset([]))).toMatchObject({ status: 'unknown', score: null });
  });

  it('never reads normal while one monitored signal is stale, but still reports a fresh critical signal', () => {
    const fine = signal({ points: series(NOW, 24, () => 2) });
    const old = signal({
      id: 'sig-old',
      tag: 'P-101.TEMP',
      points: series(new Date(NOW.getTime() - 5 * HOUR), 1, () => 2),
    });
    expect(computeAssetHealth(asset([fine, old])).status).toBe('unknown');
    const hot = signal({ points: series(NOW, 24, () => 12) });
    expect(computeAssetHealth(asset([hot, old])).status).toBe('critical');
  });

  it('restores the score when the signal is back inside its band', () => {
    const healthy = computeAssetHealth(asset([signal({ points: series(NOW, 24, () => 2) })]));
    const excursion = computeAssetHealth(asset([signal({ points: series(NOW, 24, () => 8) })]));
    const recovered = computeAssetHealth(asset([signal({ points: series(NOW, 24, () => 3) })]));
    expect(excursion.score!).toBeLessThan(healthy.score!);
    expect(excursion.status).toBe('warning');
    expect(recovered).toMatchObject({ score: healthy.score, status: 'normal', factors: [] });
    expect(healthy.score).toBe(100);
  });

  it('handles a single sample (band only, no trend) and never emits NaN, even with NaN samples', () => {
    const single = computeAssetHealth(asset([signal({ points: [{ t: NOW, value: 9 }] })]));
    expect(single.status).toBe('warning');
    expect(single.factors.map((f) => f.kind)).toEqual(['band_excursion']);
    const noisy = series(NOW, 24, (ago) => (ago % 2 === 0 ? Number.NaN : 5));
    const withNaN = computeAssetHealth(asset([signal({ points: noisy, latest: { t: NOW, value: 5 } })]));
    for (const snapshot of [single, withNaN]) {
      expect(numbersIn(snapshot).every(Number.isFinite)).toBe(true);
    }
    const nanLatest = computeAssetHealth(asset([signal({ points: [{ t: NOW, value: Number.NaN }] })]));
    expect(nanLatest.status).toBe('unknown');
  });
});

describe('computeAssetHealth — alarms and maintenance', () => {
  const steady = signal({ points: series(NOW, 24, () => 2) });

  it('counts alarm onsets per day on alarm signals', () => {
    const alarm = signal({
      id: 'sig-alarm',
      tag: 'P-101.ALM',
      kind: 'alarm',
      points: series(NOW, 24, (ago) => (Math.floor(ago) % 2 === 0 ? 1 : 0), 30),
    });
    const factor = computeAssetHealth(asset([steady, alarm])).factors.find((f) => f.kind === 'alarm_rate');
    expect(factor).toMatchObject({ signalId: 'sig-alarm', onsets: 12, perDay: 12, severity: 0.5 });
  });

  it('scores overdue maintenance from metadata and omits the factor when metadata has none', () => {
    const lastMaintenanceAt = new Date(NOW.getTime() - 270 * 24 * HOUR).toISOString();
    const overdue = computeAssetHealth(
      asset([steady], { metadata: { lastMaintenanceAt, maintenanceIntervalDays: 180 } }),
    );
    expect(overdue.factors).toEqual([
      expect.objectContaining({ kind: 'time_since_maintenance', hoursSinceMaintenance: 270 * 24, severity: 0.5 }),
    ]);
    expect(overdue.score).toBe(90);
    expect(computeAssetHealth(asset([steady], { metadata: { lastMaintenanceAt: 'yesterday' } })).factors).toEqual([]);
  });
});
