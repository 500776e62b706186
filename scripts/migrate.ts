/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
 * database (started for the run) when DATABASE_URL is unset.
 */
import { defaultDataDir, startEmbeddedPostgres } from '../lib/db/embedded-postgres';
import { migrate } from '../lib/db/migrate';

async function main() {
  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = process.env.OPTRIA_DATA_DIR ?? defaultDataDir(process.cwd());
    const db = await startEmbeddedPostgres({ projectDir: process.cwd(), dataDir });
    url = db.url;
    stop = db.stop;
  }
  try {
    const applied = await migrate(url);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
