/**
 * The recorded streams of the demo plant: which signals each one feeds, what it replays live
 * and what it writes into the backfilled history.
 *   TEP-100  the TEP unit's 52 signals; live: the normal run d00_te, one row per replay step,
 *            round and round; history: d00 then d00_te, repeated, ending at the live start
 *   GT-70x   a turbine's 14 signals; live: its engine's live cycles, one cycle per
 *            DEMO_CMAPSS_CYCLE_SECONDS; history: the engine's earlier cycles spread over the range,
 *            so the history leads into the live window
 */
import { CMAPSS_INFORMATIVE_SENSORS } from '../datasets/cmapss';
import { loadTepVariables } from '../datasets/tep';
import { TEP_UNIT } from './demo-plant-tep';
import { DEMO_TURBINES, turbineSignalTag } from './demo-plant-turbines';
import { memo } from '../datasets/data-files';
import { concatSources, replaySource, type ReplaySource } from './replay-sources';

/** Both normal TEP runs, one after the other. */
const tepHistory = memo(() => concatSources('tep:normal', [replaySource('tep:d00'), replaySource('tep:d00_te')]));

export interface DemoStream {
  /** demo_replays.stream: the unit code or the turbine's asset tag */
  stream: string;
  /** signal tags in the order of a source row's values */
  signalTags: string[];
  liveSource: string;
  /** `step`: one row per replay step; `cycle`: one row per DEMO_CMAPSS_CYCLE_SECONDS */
  advance: 'step' | 'cycle';
  /** the values written at `ts` of a backfill over [from, to) with rows every stepSeconds */
  historyRow(ts: Date, range: { from: Date; to: Date; stepSeconds: number }): number[] | null;
}

const wrap = (i: number, n: number) => ((i % n) + n) % n;

/** Row k steps before `to` (k ≥ 1) is the k-th last row of the source, cycling. */
function endingAt(source: () => ReplaySource): DemoStream['historyRow'] {
  return (ts, { to, stepSeconds }) => {
    const s = source();
    const k = Math.round((to.getTime() - ts.getTime()) / 1000 / stepSeconds);
    return s.row(wrap(s.length - k, s.length));
  };
}

/** The source's rows stretched over the whole range (oldest row at `from`). */
function stretched(source: () => ReplaySource | null): DemoStream['historyRow'] {
  return (ts, { from, to }) => {
    const s = source();
    if (!s) return null;
    const fraction = (ts.getTime() - from.getTime()) / (to.getTime() - from.getTime());
    return s.row(Math.min(s.length - 1, Math.max(0, Math.floor(fraction * s.length))));
  };
}

/** Every stream (built once per process). */
export const demoStreams = memo((): DemoStream[] => {
  const tep: DemoStream = {
    stream: TEP_UNIT,
    signalTags: loadTepVariables().map((v) => v.tag),
    liveSource: 'tep:d00_te',
    advance: 'step',
    historyRow: endingAt(tepHistory),
  };
  const turbines = DEMO_TURBINES.map((t): DemoStream => ({
    stream: t.asset,
    signalTags: CMAPSS_INFORMATIVE_SENSORS.map((s) => turbineSignalTag(t.asset, s.tag)),
    liveSource: `cmapss:FD001:${t.engine}:${t.liveCycles[0]}-${t.liveCycles[1]}`,
    advance: 'cycle',
    historyRow: stretched(() =>
      t.liveCycles[0] > 1 ? replaySource(`cmapss:FD001:${t.engine}:1-${t.liveCycles[0] - 1}`) : null,
    ),
  }));
  return [tep, ...turbines];
});
