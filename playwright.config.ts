/**
 * End-to-end tests in Debian chromium against the production build, served by scripts/start.ts
 * (the README's command 1) on a throwaway database provided by scripts/with-database.ts.
 */
import { defineConfig, devices } from '@playwright/test';
import { dnsPort, idpIssuer } from './e2e/support/sso-idp-config';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The server's AUTH_SECRET; the SSO fixtures encrypt the IdP client secret with it. */
export const E2E_AUTH_SECRET = process.env.AUTH_SECRET ?? 'e2e-secret-0123456789-0123456789-0123456789';

const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { baseURL: BASE_URL, launchOptions: chromium, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'ar-desktop',
      use: { ...devices['Desktop Chrome'], locale: 'ar', viewport: { width: 1280, height: 800 } },
      metadata: { lang: 'ar' },
    },
    {
      name: 'en-desktop',
      use: { ...devices['Desktop Chrome'], locale: 'en-US', viewport: { width: 1280, height: 800 } },
      metadata: { lang: 'en' },
    },
    {
      name: 'ar-mobile',
      use: {
        ...devices['Pixel 7'],
        locale: 'ar',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      },
      metadata: { lang: 'ar', mobile: true },
    },
  ],
  webServer: [
    {
      command: 'npx tsx --conditions=react-server scripts/start.ts',
      url: `${BASE_URL}/health/ready`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        SEED_DEMO: 'true',
        AUTH_SECRET: E2E_AUTH_SECRET,
        SIGNIN_MAX_FAILURES_PER_IP: '200',
        APP_ENV: 'e2e',
        // the demo plant: a new TEP row every 2 s (observable within seconds), 2 days of history
        DEMO_REPLAY_INTERVAL_SECONDS: '2',
        DEMO_BACKFILL_DAYS: '2',
        // the test IdP below speaks plain HTTP on 127.0.0.1 (loopback: refused unless allowed)
        SSO_ALLOW_HTTP_ISSUERS: 'true',
        OUTBOUND_ALLOW_LOOPBACK: 'true',
        // domain proofs ask the test DNS server below
        SSO_DNS_SERVERS: `127.0.0.1:${dnsPort()}`,
      },
    },
    // A local OpenID provider for e2e/sso.spec.ts (port: E2E_PORT + 1000).
    {
      command: 'npx tsx e2e/support/oidc-idp.ts',
      url: `${idpIssuer()}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT) },
    },
    // A local DNS server for the domain proofs in e2e/sso-domains.spec.ts (port: E2E_PORT + 2000).
    {
      command: 'npx tsx e2e/support/dns-server.ts',
      url: `http://127.0.0.1:${dnsPort()}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT) },
    },
  ],
});
