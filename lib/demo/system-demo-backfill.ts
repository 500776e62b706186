/**
 * The demo's history: on first start, [from, to) of the demo_backfills row is filled with one
 * row every step_seconds by replaying the recorded normal runs (demo-streams.ts → historyRow)
 * and the simulated signals, newest first so the last days are there within seconds. Work goes
 * in batches; the cursor moves only after a batch is written, so a restart resumes and a
 * repeated batch changes nothing (ingest ignores a sample it already has).
 */
import { db } from '../db/client';
import { demoSimulatedSignals } from './demo-plant';
import { demoStreams } from './demo-streams';
import { rowSamples, simulatedSamples, type DemoSample } from './demo-samples';
import { demoSignalIds } from './system-demo-replay';

export interface BackfillBatch {
  tenantId: string;
  samples: DemoSample[];
  /** the cursor this batch starts below, and the one it leaves */
  cursor: Date;
  nextCursor: Date;
  finished: boolean;
}

/** The next batch of the first unfinished backfill (about maxSamples samples), or null when none is left. */
export async function takeBackfillBatch(maxSamples = 50_000): Promise<BackfillBatch | null> {
  const backfill = await db().demoBackfill.findFirst({ where: { finishedAt: null }, orderBy: { createdAt: 'asc' } });
  if (!backfill) return null;
  const { tenantId, fromTs: from, toTs: to, stepSeconds, cursorTs: cursor } = backfill;
  const ids = await demoSignalIds(tenantId);
  const stepMs = stepSeconds * 1000;
  const rowsPerBatch = Math.max(1, Math.floor(maxSamples / Math.max(1, ids.size)));
  const range = { from, to, stepSeconds };

  const samples: DemoSample[] = [];
  let nextCursor = cursor;
  for (let k = 1; k <= rowsPerBatch; k++) {
    const ts = new Date(cursor.getTime() - k * stepMs);
    if (ts < from) break;
    for (const stream of demoStreams()) {
      const row = stream.historyRow(ts, range);
      if (row) samples.push(...rowSamples(stream.signalTags, row, ids, ts));
    }
    samples.push(...simulatedSamples(demoSimulatedSignals(), ids, ts));
    nextCursor = ts;
  }
  const finished = nextCursor.getTime() - stepMs < from.getTime();
  return { tenantId, samples, cursor, nextCursor, finished };
}

/** Records a written batch. False when another worker moved the cursor meanwhile. */
export async function commitBackfillBatch(batch: BackfillBatch, now = new Date()): Promise<boolean> {
  const moved = await db().demoBackfill.updateMany({
    where: { tenantId: batch.tenantId, cursorTs: batch.cursor, finishedAt: null },
    data: { cursorTs: batch.nextCursor, finishedAt: batch.finished ? now : null },
  });
  return moved.count === 1;
}
