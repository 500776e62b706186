// The replay's data side, without a database: sources by id, history rows, simulated values.
import { loadTepRun } from '../datasets/tep';
import { replaySource } from './replay-sources';
import { demoStreams } from './demo-streams';
import { demoSimulatedSignals } from './demo-plant';
import { simulatedValue } from './demo-simulation';

describe('replay sources', () => {
  it('name TEP runs and C-MAPSS engine windows; anything else is refused', () => {
    expect(replaySource('tep:d00_te').length).toBe(960);
    expect(replaySource('tep:d04_te').row(0)).toEqual(loadTepRun('d04_te')[0]);
    const window = replaySource('cmapss:FD001:92:302-341');
    expect(window.length).toBe(40);
    expect(window.row(0)).toHaveLength(14);
    expect(window.row(40)).toEqual(window.row(0)); // positions wrap
    expect(() => replaySource('tep:d99')).toThrow(/unknown replay source/);
    expect(() => replaySource('csv:/etc/passwd')).toThrow(/unknown replay source/);
  });
});

describe('history rows', () => {
  const to = new Date('2026-06-01T00:00:00Z');
  const from = new Date(to.getTime() - 90 * 86_400_000);
  const range = { from, to, stepSeconds: 60 };
  const before = (steps: number) => new Date(to.getTime() - steps * 60_000);

  it('TEP: the row just before the live start is the last row of d00_te, the one before that its 959th', () => {
    const tep = demoStreams().find((s) => s.stream === 'TEP-100')!;
    const run = loadTepRun('d00_te');
    expect(tep.historyRow(before(1), range)).toEqual(run[959]);
    expect(tep.historyRow(before(2), range)).toEqual(run[958]);
    // before d00_te comes d00 (500 rows), then d00_te again
    expect(tep.historyRow(before(961), range)).toEqual(loadTepRun('d00')[499]);
    expect(tep.historyRow(before(1461), range)).toEqual(run[959]);
  });

  it('turbines: the engine cycles before the live window, stretched from the range start to the live start', () => {
    const gt702 = demoStreams().find((s) => s.stream === 'GT-702')!;
    const earlier = replaySource('cmapss:FD001:92:1-301');
    expect(gt702.historyRow(from, range)).toEqual(earlier.row(0));
    expect(gt702.historyRow(before(1), range)).toEqual(earlier.row(300));
  });
});

describe('simulated signals', () => {
  it('are a pure function of tag and time, inside their normal band', () => {
    const signals = demoSimulatedSignals();
    expect(signals.length).toBeGreaterThan(40);
    const ts = new Date('2026-06-01T10:00:00Z');
    for (const signal of signals) {
      const value = simulatedValue(signal, ts);
      expect(simulatedValue(signal, new Date(ts))).toBe(value);
      expect(value).toBeGreaterThanOrEqual(signal.limits.normalLow!);
      expect(value).toBeLessThanOrEqual(signal.limits.normalHigh!);
    }
    const pump = signals.find((s) => s.tag === 'P-811A.PI')!;
    expect(simulatedValue(pump, new Date(ts.getTime() + 3 * 3_600_000))).not.toBe(simulatedValue(pump, ts));
  });
});
