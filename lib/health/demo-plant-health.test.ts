/**
 * The health model judged on real data (docs/health-model.md → "Calibration on real data"): the demo
 * plant's TEP signals with their learned limits over sliding windows of the recorded normal runs and
 * of fault runs, and the simulated signals with their daily swing. Rows are laid out as the demo's
 * backfill writes them (one row per DEMO_BACKFILL_STEP_SECONDS = 10 min), so a 24 h trend window
 * holds 144 rows — what the health job reads.
 */
import { loadTepRun, loadTepVariables, type TepRunName } from '../datasets/tep';
import { demoSimulatedSignals } from '../demo/demo-plant';
import { tepSignals } from '../demo/demo-plant-tep';
import { simulatedValue } from '../demo/demo-simulation';
import type { DemoSignal } from '../demo/demo-plant-types';
import { computeAssetHealth } from './compute-asset-health';
import { HEALTH_OPTIONS } from './health-options';
import type { HealthStatus, SignalLimits, SignalWindow, TimedValue } from './health-types';

const STEP_MS = 600_000;
const WINDOW_ROWS = (HEALTH_OPTIONS.trendWindowHours * 3_600_000) / STEP_MS; // 144
const START = Date.parse('2026-06-01T00:00:00Z');
/** Required share of normal windows per asset (false-alarm rate ≤ 5 %). */
const MIN_NORMAL_SHARE = 0.95;

const limitsOf = (s: DemoSignal): SignalLimits => ({
  criticalLow: s.limits.criticalLow ?? null,
  warningLow: s.limits.warningLow ?? null,
  normalLow: s.limits.normalLow ?? null,
  normalHigh: s.limits.normalHigh ?? null,
  warningHigh: s.limits.warningHigh ?? null,
  criticalHigh: s.limits.criticalHigh ?? null,
});

function window(s: DemoSignal, points: TimedValue[]): SignalWindow {
  return {
    id: s.tag,
    tag: s.tag,
    kind: s.kind,
    limits: limitsOf(s),
    sampleIntervalSeconds: STEP_MS / 1000,
    latest: points.at(-1) ?? null,
    points,
  };
}

const byAsset = <T extends { asset: string }>(items: T[]) => {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.asset, [...(map.get(item.asset) ?? []), item]);
  return map;
};

/** Status of each TEP asset for the window of `WINDOW_ROWS` rows ending at row `end` (exclusive). */
function tepStatuses(rows: number[][], end: number): Map<string, HealthStatus> {
  const variables = loadTepVariables();
  const now = new Date(START + (end - 1) * STEP_MS);
  const result = new Map<string, HealthStatus>();
  for (const [asset, signals] of byAsset(tepSignals())) {
    const windows = signals.map((s) => {
      const column = variables.find((v) => v.tag === s.tag)!.index;
      const points: TimedValue[] = [];
      for (let r = Math.max(0, end - WINDOW_ROWS); r < end; r++) {
        points.push({ t: new Date(START + r * STEP_MS), value: rows[r]![column] as number });
      }
      return window(s, points);
    });
    result.set(
      asset,
      computeAssetHealth({ assetId: asset, assetType: 'other', metadata: {}, signals: windows, now }).status,
    );
  }
  return result;
}

/** Share of windows, per asset, whose status is normal; collects those that are not. */
function normalShare(statuses: Map<string, HealthStatus>[]) {
  const counts = new Map<string, number>();
  for (const status of statuses) {
    for (const [asset, s] of status) counts.set(asset, (counts.get(asset) ?? 0) + (s === 'normal' ? 1 : 0));
  }
  return new Map([...counts].map(([asset, n]) => [asset, n / statuses.length]));
}

function report(label: string, shares: Map<string, number>) {
  const worst = [...shares].sort((a, b) => a[1] - b[1]);
  const mean = worst.reduce((s, [, v]) => s + v, 0) / worst.length;
  console.log(
    `${label}: mean false-alarm rate ${(100 * (1 - mean)).toFixed(2)} %; worst ${worst
      .slice(0, 5)
      .map(([a, v]) => `${a} ${(100 * (1 - v)).toFixed(1)} %`)
      .join(', ')}`,
  );
  return worst;
}

describe('health model on the demo plant’s real normal data', () => {
  it('keeps every TEP asset normal in ≥ 95 % of 24 h windows over the normal runs d00 + d00_te', () => {
    const rows = [...loadTepRun('d00'), ...loadTepRun('d00_te')];
    const statuses = [];
    for (let end = WINDOW_ROWS; end <= rows.length; end += 3) statuses.push(tepStatuses(rows, end));
    const shares = report(`TEP normal (${statuses.length} windows)`, normalShare(statuses));
    for (const [asset, share] of shares)
      expect({ asset, share: share >= MIN_NORMAL_SHARE }).toEqual({ asset, share: true });
  });

  it('keeps every simulated asset normal in ≥ 95 % of 24 h windows over 3 days (daily swing inside the band)', () => {
    const statuses = [];
    for (let hour = 24; hour <= 96; hour += 1) {
      const now = START + hour * 3_600_000;
      const status = new Map<string, HealthStatus>();
      for (const [asset, signals] of byAsset(demoSimulatedSignals())) {
        const windows = signals.map((s) => {
          const points: TimedValue[] = [];
          for (let t = now - 24 * 3_600_000; t <= now; t += STEP_MS) {
            points.push({ t: new Date(t), value: simulatedValue(s, new Date(t)) });
          }
          return window(s, points);
        });
        status.set(
          asset,
          computeAssetHealth({ assetId: asset, assetType: 'other', metadata: {}, signals: windows, now: new Date(now) })
            .status,
        );
      }
      statuses.push(status);
    }
    const shares = report(`simulated (${statuses.length} windows)`, normalShare(statuses));
    for (const [asset, share] of shares)
      expect({ asset, share: share >= MIN_NORMAL_SHARE }).toEqual({ asset, share: true });
  });
});

/** First hour after the fault onset (row 160) at which `asset` leaves normal, or null. */
function detectionHours(run: TepRunName, asset: string, maxHours: number): number | null {
  const rows = [...loadTepRun('d00'), ...loadTepRun(run)]; // normal history before the faulty run
  const onset = loadTepRun('d00').length + 160;
  for (let end = onset + 1; end <= Math.min(rows.length, onset + (maxHours * 3_600_000) / STEP_MS); end++) {
    if (tepStatuses(rows, end).get(asset) !== 'normal') return ((end - onset) * STEP_MS) / 3_600_000;
  }
  return null;
}

describe('health model detects real TEP faults', () => {
  // Fault from row 160 of each *_te run; the rows are laid out 10 min apart as in the demo history.
  it.each([
    ['d06_te', 'FL-101', 2], // IDV(6): A feed lost — XMEAS(1) drops to zero
    ['d06_te', 'R-101', 6], //  …and the reactor pressure climbs
    ['d01_te', 'AT-101', 6], // IDV(1): A/C feed ratio step — reactor feed composition
    ['d04_te', 'CWV-101', 2], // IDV(4): reactor cooling-water inlet temperature step — valve moves
  ] as const)('%s: %s leaves normal within %d h of the fault', (run, asset, hours) => {
    const found = detectionHours(run, asset, 24);
    console.log(`${run} ${asset}: leaves normal after ${found ?? 'never (24 h)'} h`);
    expect(found).not.toBeNull();
    expect(found!).toBeLessThanOrEqual(hours);
  });
});
