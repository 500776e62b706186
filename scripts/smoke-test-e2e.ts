/**
 * Smoke test of the README's command 1 as a newcomer runs it: `scripts/start.ts` with no
 * DATABASE_URL (embedded PostgreSQL in a fresh folder), then over plain HTTP: health, both
 * languages, sign-in as the demo platform owner, config status with a live worker heartbeat,
 * the logs (JSON lines with a request id; a refused sign-in is not an error, a database failure
 * is — in this minified production build), and a clean shutdown.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../lib/demo/demo-accounts';
import { embeddedDatabaseUrl } from '../lib/db/embedded-postgres';
import { errorLines, jsonLines } from './lib/log-lines';
import { postSignIn, refusal } from './lib/smoke-http';

const PORT = Number(process.env.SMOKE_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`smoke: ${message}`);
  console.log(`  ✓ ${message}`);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`smoke: timed out waiting for ${what}`);
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'optria-smoke-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', OPTRIA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.AUTH_SECRET;
  delete env.SEED_DEMO;
  const app = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Both streams, in arrival order: the log checks below read what the server printed.
  let output = '';
  app.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  app.stderr.on('data', (chunk) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  try {
    await waitFor('the ready banner', async () => (output.includes('OPTRIA IQ is ready') ? true : undefined));
    check(output.includes('owner@optria.demo'), 'start printed the demo accounts');

    check((await fetch(`${BASE}/health/live`)).status === 200, '/health/live is 200');
    const ready = await fetch(`${BASE}/health/ready`);
    check(
      ready.status === 200 && (await ready.json()).migrations === 'ok',
      '/health/ready is 200 with migrations applied',
    );

    const ar = await (await fetch(`${BASE}/login`)).text();
    check(/<html[^>]*lang="ar"[^>]*dir="rtl"/.test(ar), 'Arabic sign-in page is served right-to-left');
    const en = await (await fetch(`${BASE}/en/login`)).text();
    check(/<html[^>]*lang="en"[^>]*dir="ltr"/.test(en), 'English sign-in page is served left-to-right');

    check((await fetch(`${BASE}/internal/config/status`)).status === 404, 'config status is hidden without a session');

    const { jar } = await postSignIn(BASE, 'credentials', { identifier: 'owner@optria.demo', password: DEMO_PASSWORD });
    check(jar.header().includes('authjs.session-token'), 'the demo platform owner signs in');

    await checkSignInLogs(() => output);

    const status = await waitFor(
      'a worker heartbeat',
      async () => {
        const res = await fetch(`${BASE}/internal/config/status`, { headers: { cookie: jar.header() } });
        const body = await res.json();
        return res.status === 200 && body.worker.healthy ? body : undefined;
      },
      60_000,
    );
    check(
      status.tenants.some((t: { slug: string }) => t.slug === 'gulf-petrochem'),
      'the demo tenant was seeded',
    );
    check(status.database.embedded === true, 'the embedded database is in use');
    check(!/password|secret/i.test(JSON.stringify(status)), 'config status contains no secrets');
    check(status.worker.healthy === true, 'the worker reports a heartbeat');
  } finally {
    process.kill(-app.pid!, 'SIGTERM');
    await new Promise((r) => app.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('smoke test passed');
}

/** Lets the server's last lines arrive through the pipe. */
const settle = () => new Promise((r) => setTimeout(r, 1000));

/**
 * Expected sign-in outcomes (wrong password, throttled, forged SSO ticket) log no error line,
 * and the refusal is a JSON line carrying the request's id; a real failure (the database loses a
 * table under a sign-in) still logs at error level with its request id.
 */
async function checkSignInLogs(output: () => string) {
  const mark = output().length;
  const wrongId = `smoke-wrong-password-${process.pid}`;
  const wrong = await postSignIn(
    BASE,
    'credentials',
    { identifier: 'owner@optria.demo', password: 'not-the-password' },
    wrongId,
  );
  check(refusal(wrong.response)?.code === 'invalid', 'a wrong password is refused');
  const throttledUser = { identifier: 'nobody@optria.demo', password: 'wrong-password' };
  let throttled = await postSignIn(BASE, 'credentials', throttledUser);
  for (let i = 0; i < 10 && refusal(throttled.response)?.code !== 'throttled'; i++)
    throttled = await postSignIn(BASE, 'credentials', throttledUser);
  check(refusal(throttled.response)?.code === 'throttled', 'repeated failures are throttled');
  const forged = await postSignIn(BASE, 'sso-ticket', { ticket: 'forged-ticket' });
  check(refusal(forged.response)?.error === 'CredentialsSignin', 'a forged SSO ticket is refused');
  await settle();
  const expected = output().slice(mark);
  const errors = errorLines(expected);
  check(errors.length === 0, `refused sign-ins log nothing at error level${errors.length ? `: ${errors[0]}` : ''}`);
  const refused = jsonLines(expected).find((line) => line.requestId === wrongId);
  check(refused?.level === 'info', 'the refused sign-in is a JSON log line at info level with its request id');

  const port = /embedded PostgreSQL on port (\d+)/.exec(output())?.[1];
  const database = new Client({ connectionString: embeddedDatabaseUrl(Number(port)) });
  await database.connect();
  const brokenId = `smoke-database-failure-${process.pid}`;
  const before = output().length;
  try {
    await database.query('ALTER TABLE sign_in_attempts RENAME TO sign_in_attempts_smoke');
    const failed = await postSignIn(
      BASE,
      'credentials',
      { identifier: 'owner@optria.demo', password: DEMO_PASSWORD },
      brokenId,
    );
    check(refusal(failed.response) !== null, 'a sign-in fails while its table is missing');
  } finally {
    await database.query('ALTER TABLE sign_in_attempts_smoke RENAME TO sign_in_attempts');
    await database.end();
  }
  await settle();
  check(
    errorLines(output().slice(before)).some((line) => line.includes(brokenId)),
    'the database failure is logged at error level with its request id',
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
