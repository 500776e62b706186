/**
 * A second embedded PostgreSQL for tests: the "plant historian" the SQL historian connector reads.
 * Its own cluster in a temp dir, on a free loopback port, run by a child process
 * (historian-postgres-server.ts) so a restart is a real stop and start of the server, with a database `historian` holding
 *   readings (ts timestamptz, tag text, value double precision, quality text), index (ts, tag).
 * stop() / start() / restart() keep the data (a restart mid-stream is a fault test); destroy()
 * stops it and removes the cluster. Tests connect as the superuser on purpose: READ ONLY must hold
 * even for a role that could write.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../db/embedded-postgres';

export interface HistorianPostgres {
  host: '127.0.0.1';
  port: number;
  database: 'historian';
  user: 'postgres';
  password: string;
  /** postgresql:// URL of the historian database */
  url: string;
  /** runs SQL on the historian database as the superuser (set up views, insert rows) */
  query<R extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** inserts rows into `readings` */
  insertReadings(
    rows: { ts: Date | string; tag: string; value: number | null; quality?: string | null }[],
  ): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** stops the server and removes its data */
  destroy(): Promise<void>;
}

const PASSWORD = 'password';

export async function startHistorianPostgres(): Promise<HistorianPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'optria-historian-'));
  fs.chmodSync(dir, 0o777); // as root the server runs as user postgres
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  let server: ChildProcess | null = null;
  const start = async () => {
    if (!server) server = await spawnServer(dataDir, port);
  };
  const stop = async () => {
    const running = server;
    server = null;
    if (running && running.exitCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    }
  };
  await start();
  const url = `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/historian`;

  const run = async (database: string, sql: string, params?: unknown[]) => {
    const client = new Client({ connectionString: `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}` });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  await run('postgres', 'CREATE DATABASE historian');
  await run(
    'historian',
    `CREATE TABLE readings (ts timestamptz NOT NULL, tag text NOT NULL, value double precision, quality text);
     CREATE INDEX readings_ts_tag ON readings (ts, tag);`,
  );

  return {
    host: '127.0.0.1',
    port,
    database: 'historian',
    user: 'postgres',
    password: PASSWORD,
    url,
    query: (sql, params) => run('historian', sql, params) as never,
    async insertReadings(rows) {
      if (rows.length === 0) return;
      await run(
        'historian',
        `INSERT INTO readings (ts, tag, value, quality)
         SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::float8[], $4::text[])`,
        [
          rows.map((r) => (r.ts instanceof Date ? r.ts.toISOString() : r.ts)),
          rows.map((r) => r.tag),
          rows.map((r) => r.value),
          rows.map((r) => r.quality ?? null),
        ],
      );
    },
    stop,
    start,
    async restart() {
      await stop();
      await start();
    },
    async destroy() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the server process; resolves when it printed `ready`, rejects with its stderr otherwise. */
function spawnServer(dataDir: string, port: number): Promise<ChildProcess> {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [path.join(__dirname, 'historian-postgres-server.ts'), dataDir, String(port)], {
    cwd: process.cwd(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      if (String(chunk).includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`historian PostgreSQL exited (${code}): ${stderr}`)));
  });
}
