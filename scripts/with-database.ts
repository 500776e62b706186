/**
 * Runs a command with DATABASE_URL set. Without DATABASE_URL it starts embedded PostgreSQL
 * (`--ephemeral`: a throwaway cluster in the temp dir, removed afterwards) and stops it at the end.
 *   tsx scripts/with-database.ts [--ephemeral] -- <command> [args…]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultDataDir, startEmbeddedPostgres } from '../lib/db/embedded-postgres';

async function main() {
  const args = process.argv.slice(2);
  const sep = args.indexOf('--');
  const flags = sep === -1 ? [] : args.slice(0, sep);
  const command = sep === -1 ? args : args.slice(sep + 1);
  if (command.length === 0) throw new Error('usage: with-database.ts [--ephemeral] -- <command>');
  const ephemeral = flags.includes('--ephemeral');

  let stop = async () => {};
  let tmp: string | undefined;
  if (!process.env.DATABASE_URL) {
    const projectDir = process.cwd();
    if (ephemeral) tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'optria-test-pg-'));
    if (tmp) fs.chmodSync(tmp, 0o777);
    const db = await startEmbeddedPostgres({
      projectDir,
      dataDir: tmp ? path.join(tmp, 'data') : defaultDataDir(projectDir),
    });
    process.env.DATABASE_URL = db.url;
    stop = db.stop;
  }
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: process.env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code: number = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
  await stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
