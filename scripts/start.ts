/**
 * `npm start`: the whole product in one command. Starts embedded PostgreSQL unless DATABASE_URL
 * is set, applies migrations, seeds the demo tenant when asked (by default on an empty embedded
 * database), builds if the build is missing or stale, then serves the app and the worker.
 *   HOST, PORT            where to listen (127.0.0.1:3000)
 *   OPTRIA_DATA_DIR       embedded database folder (default .data/pg, or a temp dir as root)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir, startEmbeddedPostgres } from '../lib/db/embedded-postgres';
import { migrate } from '../lib/db/migrate';
import { parseEnv } from '../lib/env';
import { buildIsCurrent } from './lib/build-state';

const projectDir = process.cwd();
const children: ChildProcess[] = [];
let stopDatabase = async () => {};

function log(msg: string) {
  console.log(`[optria] ${msg}`);
}

/** Demo mode keeps a generated secret in .data so sessions survive restarts. */
function demoAuthSecret(): string {
  const file = path.join(projectDir, '.data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function main() {
  const embedded = !process.env.DATABASE_URL;
  if (embedded) {
    const dataDir = process.env.OPTRIA_DATA_DIR ?? defaultDataDir(projectDir);
    const database = await startEmbeddedPostgres({ projectDir, dataDir });
    stopDatabase = database.stop;
    process.env.DATABASE_URL = database.url;
    process.env.OPTRIA_EMBEDDED_DB = '1';
    process.env.AUTH_SECRET ??= demoAuthSecret();
    log(`embedded PostgreSQL on port ${database.port} (data: ${database.dataDir})`);
  }
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const config = parseEnv(process.env);

  const applied = await migrate(config.DATABASE_URL);
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');

  const { isDatabaseEmpty, seedDemo } = await import('../lib/demo/system-seed-demo');
  const seedRequested = config.SEED_DEMO ?? (embedded && (await isDatabaseEmpty()));
  if (seedRequested) {
    await seedDemo();
    log('demo tenant seeded');
  }

  if (!buildIsCurrent(projectDir)) {
    log('building the app (first start or sources changed)…');
    const build = spawnSync(
      process.execPath,
      [path.join(projectDir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
      { stdio: 'inherit', env: process.env },
    );
    if (build.status !== 0) throw new Error('next build failed');
  }

  // Our own HTTP server around Next's handler (scripts/serve.mjs): it records the socket peer in
  // X-Forwarded-For, which `next start` cannot. Node directly (not npx) so signals reach it.
  const env = {
    ...process.env,
    HOST: config.HOST,
    PORT: String(config.PORT),
    NEXT_HOSTNAME: nextHostname(config.HOST),
  };
  const web = spawn(process.execPath, [path.join(projectDir, 'scripts', 'serve.mjs')], { stdio: 'inherit', env });
  const worker = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'worker/index.ts'], {
    stdio: 'inherit',
    env,
  });
  children.push(web, worker);
  for (const child of children) child.on('exit', (code) => shutdown(code ?? 1));

  await waitForHttp(`http://${config.HOST}:${config.PORT}/health/ready`);
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('../lib/demo/demo-accounts');
  log(`OPTRIA IQ is ready at http://${config.HOST}:${config.PORT}  (English: /en)`);
  if (seedRequested || embedded) {
    log(`demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.role.padEnd(22)} ${a.email}`);
  }
}

/**
 * Next 16 treats middleware rewrites as external when started with a literal loopback address
 * (vercel/next.js#94745: it normalises 127.0.0.1 to "localhost" on one side of the comparison
 * only), which loops every localized page. "localhost" binds the same loopback socket.
 */
function nextHostname(host: string) {
  return ['127.0.0.1', '::1', '[::1]'].includes(host) ? 'localhost' : host;
}

async function waitForHttp(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not become ready`);
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await stopDatabase().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

main().catch(async (error) => {
  console.error(`[optria] ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
