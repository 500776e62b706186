/**
 * Where the shipped process data lives (`data/`, see data/README.md). Read by the demo seed, the
 * demo replay job and tests; always run from the project folder (npm start, the worker, jest).
 */
import fs from 'node:fs';
import path from 'node:path';

export const DATA_DIR = path.join(process.cwd(), 'data');

/** The text of a shipped file, e.g. `dataFile('tep/variables.csv')`. Throws when it is missing. */
export function readDataFile(relativePath: string): string {
  return fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
}

/** Parses once per process: the files are a few MB and never change while running. */
export function memo<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}
