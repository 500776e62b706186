/**
 * Reads what a server printed: its JSON log lines (one object per line, pino's shape) and the
 * lines at error level, whichever way they were written (a JSON `level` of error/fatal, numeric
 * or named, or Auth.js's own `[auth][error]` console output).
 */

export interface LogLine {
  level?: string | number;
  msg?: string;
  requestId?: string;
  [key: string]: unknown;
}

/** Every line that parses as a JSON object; other lines (Next's banner, our `[optria]` lines) are skipped. */
export function jsonLines(output: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const line of output.split('\n')) {
    if (!line.trimStart().startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object' && !Array.isArray(value)) lines.push(value as LogLine);
    } catch {
      /* not JSON */
    }
  }
  return lines;
}

const ERROR_LEVELS = new Set<unknown>(['error', 'fatal', 50, 60]);

export const isErrorLevel = (line: LogLine) => ERROR_LEVELS.has(line.level);

/** The lines of `output` that report an error, as printed. */
export function errorLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    if (line.includes('[auth][error]')) return true;
    const [parsed] = jsonLines(line);
    return parsed !== undefined && isErrorLevel(parsed);
  });
}
