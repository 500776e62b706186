/**
 * Recorded data the demo replays, by source id. A replay stream (demo_replays row) names its
 * source, so a later "demo incident" can switch the TEP unit from the normal run to a fault run by
 * changing `source_id` (and `position`), with nothing else to change.
 *   tep:<run>                    a TEP run (`tep:d00_te` normal, `tep:d01_te` fault IDV(1) from row 161…)
 *   cmapss:FD001:<engine>:<a>-<b>  cycles a…b (inclusive) of a C-MAPSS FD001 training engine,
 *                                  the 14 informative sensors
 */
import { CMAPSS_INFORMATIVE_SENSORS, engineRows, loadCmapssTrain } from '../datasets/cmapss';
import { loadTepRun, TEP_RUNS, type TepRunName } from '../datasets/tep';

export interface ReplaySource {
  id: string;
  /** number of recorded rows */
  length: number;
  /** the values of row `position` (taken modulo length), in the stream's signal order */
  row(position: number): number[];
}

const wrap = (position: number, length: number) => ((position % length) + length) % length;

function fromRows(id: string, rows: number[][]): ReplaySource {
  if (rows.length === 0) throw new Error(`replay source ${id} is empty`);
  return { id, length: rows.length, row: (position) => rows[wrap(position, rows.length)] as number[] };
}

const cache = new Map<string, ReplaySource>();

/** The source with this id. Throws `unknown replay source` for anything not shipped. */
export function replaySource(id: string): ReplaySource {
  const cached = cache.get(id);
  if (cached) return cached;
  const source = load(id);
  cache.set(id, source);
  return source;
}

function load(id: string): ReplaySource {
  const tep = /^tep:(\w+)$/.exec(id);
  if (tep && (TEP_RUNS as readonly string[]).includes(tep[1] as string)) {
    return fromRows(id, loadTepRun(tep[1] as TepRunName));
  }
  const cmapss = /^cmapss:FD001:(\d+):(\d+)-(\d+)$/.exec(id);
  if (cmapss) {
    const [engine, first, last] = cmapss.slice(1).map(Number) as [number, number, number];
    const rows = engineRows(loadCmapssTrain(), engine).filter((r) => r.cycle >= first && r.cycle <= last);
    return fromRows(
      id,
      rows.map((r) => CMAPSS_INFORMATIVE_SENSORS.map((s) => r.sensors[s.sensor - 1] as number)),
    );
  }
  throw new Error(`unknown replay source ${id}`);
}

/** A source of several sources one after another (the backfill replays both normal TEP runs). */
export function concatSources(id: string, parts: ReplaySource[]): ReplaySource {
  const rows = parts.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.row(i)));
  return fromRows(id, rows);
}
