/**
 * Smoke test of the README's command 1 as a newcomer runs it: `scripts/start.ts` with no
 * DATABASE_URL (embedded PostgreSQL in a fresh folder), then over plain HTTP: health, both
 * languages, sign-in as the demo platform owner, config status with a live worker heartbeat,
 * and a clean shutdown.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../lib/demo/demo-accounts';

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

/** Minimal cookie jar for the Auth.js round trip. */
class Jar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      this.cookies.set(name!.trim(), rest.join('='));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'optria-smoke-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', OPTRIA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.AUTH_SECRET;
  delete env.SEED_DEMO;
  const app = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let output = '';
  app.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
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

    const jar = new Jar();
    const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
    jar.store(csrfRes);
    const { csrfToken } = await csrfRes.json();
    const signIn = await fetch(`${BASE}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      body: new URLSearchParams({ csrfToken, identifier: 'owner@optria.demo', password: DEMO_PASSWORD }),
    });
    jar.store(signIn);
    check(jar.header().includes('authjs.session-token'), 'the demo platform owner signs in');

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

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
