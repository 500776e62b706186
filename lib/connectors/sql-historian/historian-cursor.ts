/**
 * The historian's resume point, saved by the supervisor after each committed batch:
 * `{"time":"<time column as text, UTC, µs>","tag":"<tag column as text>"}` — the (time, tag) of the
 * last row delivered. Text, not a JS Date, so microsecond timestamps are neither repeated nor skipped.
 */
export interface HistorianCursor {
  time: string;
  tag: string;
}

export function encodeCursor(cursor: HistorianCursor): string {
  return JSON.stringify({ time: cursor.time, tag: cursor.tag });
}

/** The cursor, or null when there is none or it is not one of ours (then reading starts over). */
export function decodeCursor(text: string | null | undefined): HistorianCursor | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<HistorianCursor> | null;
    return typeof parsed?.time === 'string' && typeof parsed.tag === 'string'
      ? { time: parsed.time, tag: parsed.tag }
      : null;
  } catch {
    return null;
  }
}
