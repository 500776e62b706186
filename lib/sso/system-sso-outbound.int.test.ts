// The outbound-address policy on every SSO request a tenant admin can point somewhere: the
// discovery check, saving the config, the sign-in (discovery) and the code exchange (token
// endpoint named by the discovery document). Real servers on 127.0.0.1 count the connections
// they receive: a refused address gets none, and the answer is the same whatever listens there.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant, createUser, uniqueSuffix } from '../test/system-fixtures';
import { startCountingServer, type CountingServer } from '../test/counting-server';
import { db } from '../db/client';
import { findOutboundRefusal } from '../net/outbound-policy';
import { beginSsoSignIn } from './begin-sso-sign-in';
import { checkDiscovery } from './check-discovery';
import { completeAuthorization, discover } from './oidc-client';
import { saveSsoConfig } from './system-save-sso-config';

jest.setTimeout(60_000);
// sso-env reads this once: the local test IdP speaks plain HTTP.
process.env.SSO_ALLOW_HTTP_ISSUERS = 'true';

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let idp: CountingServer;
/** Stands for the app itself (PORT points at it): never reachable from a tenant's configuration. */
let platform: CountingServer;
let tokenEndpoint = '';

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  platform = await startCountingServer();
  idp = await startCountingServer((req, res) => {
    const issuer = `http://127.0.0.1:${idp.port}`;
    if (req.url === '/.well-known/openid-configuration') {
      res.setHeader('content-type', 'application/json');
      return res.end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: tokenEndpoint || `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    }
    if (req.url === '/moved/.well-known/openid-configuration') {
      return res.writeHead(302, { location: `${platform.url}/.well-known/openid-configuration` }).end();
    }
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  await idp?.close();
  await platform?.close();
  await closeTestDatabase(testDb);
});

const saved = { ...process.env };
beforeEach(() => {
  process.env.PORT = String(platform.port);
  tokenEndpoint = '';
});
afterEach(() => {
  for (const key of ['OUTBOUND_ALLOW_LOOPBACK', 'OUTBOUND_ALLOW_PRIVATE_NETWORKS', 'PORT']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});
const allowLoopback = (on: boolean) => (process.env.OUTBOUND_ALLOW_LOOPBACK = on ? 'true' : 'false');

/** The error checkDiscovery throws, as the problem it becomes. */
async function discoveryProblem(issuer: string) {
  const error = await checkDiscovery(issuer).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  const { code, status, messageKey, details } = error as Record<string, unknown>;
  return { code, status, messageKey, details };
}
const REFUSED = {
  code: 'outbound_address_refused',
  status: 422,
  messageKey: 'outbound.errors.addressRefused',
  details: undefined,
};

describe('discovery check (POST /api/sso-config/discovery)', () => {
  it('refuses loopback without connecting, with one answer for open ports, closed ports and metadata', async () => {
    allowLoopback(false);
    const before = idp.connections();
    const closedPort = platform.port + 1; // nothing listens there (or something does: it must not matter)
    for (const issuer of [
      idp.url,
      `https://127.0.0.1:${idp.port}`,
      `http://localhost:${idp.port}`,
      `http://[::ffff:127.0.0.1]:${idp.port}`,
      `http://127.0.0.1:${closedPort}`,
      `https://localhost:5432`,
      'https://169.254.169.254/latest/meta-data',
      'https://[fd00:ec2::254]',
    ]) {
      expect(await discoveryProblem(issuer)).toEqual(REFUSED);
    }
    expect(idp.connections()).toBe(before);
  });

  it('reaches a loopback IdP when the deployment allows loopback', async () => {
    allowLoopback(true);
    await expect(checkDiscovery(idp.url)).resolves.toMatchObject({ ok: true, issuer: idp.url });
  });

  it("refuses the database's and the app's ports even with loopback allowed", async () => {
    allowLoopback(true);
    const dbPort = new URL(process.env.DATABASE_URL!).port;
    expect(await discoveryProblem(`http://127.0.0.1:${dbPort}`)).toEqual(REFUSED);
    expect(await discoveryProblem(`https://localhost:${dbPort}`)).toEqual(REFUSED);
    expect(await discoveryProblem(platform.url)).toEqual(REFUSED);
    expect(platform.connections()).toBe(0);
  });

  it('does not follow a redirect out of the policy', async () => {
    allowLoopback(true);
    expect(await discoveryProblem(`${idp.url}/moved`)).toMatchObject({ code: 'sso_discovery_failed', status: 422 });
    expect(platform.connections()).toBe(0);
  });
});

describe('saving the SSO config (PUT /api/sso-config)', () => {
  it('refuses an issuer the policy refuses, and stores nothing', async () => {
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, name: 'Admin', role: 'tenant_admin' });
    const ctx = { tenantId: tenant.id, userId: admin.id, requestId: `req-${uniqueSuffix()}` };
    const input = (issuer: string) => ({
      provider: 'generic' as const,
      issuer,
      clientId: 'client-1',
      clientSecret: 'secret-1',
      allowedDomains: [`d-${uniqueSuffix()}.example`],
      defaultRole: 'engineer',
      jitEnabled: true,
      enabled: true,
    });
    allowLoopback(false);
    for (const issuer of [
      'https://169.254.169.254',
      `https://127.0.0.1:${idp.port}`,
      'https://localhost',
      'https://10.0.0.8',
    ]) {
      await expect(saveSsoConfig(ctx, input(issuer))).rejects.toMatchObject(REFUSED);
    }
    expect(await db().tenantSsoConfig.findUnique({ where: { tenantId: tenant.id } })).toBeNull();
    // A name that does not resolve (yet) may be saved: it is checked again on every connection.
    await expect(saveSsoConfig(ctx, input('https://idp.example.invalid'))).resolves.toMatchObject({
      issuer: 'https://idp.example.invalid',
    });
  });
});

describe('sign-in', () => {
  it('does not discover a stored issuer once the policy refuses it', async () => {
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, name: 'Admin', role: 'tenant_admin' });
    const domain = `sso-${uniqueSuffix()}.example`;
    allowLoopback(true);
    await saveSsoConfig(
      { tenantId: tenant.id, userId: admin.id, requestId: 'r1' },
      {
        provider: 'generic',
        issuer: idp.url,
        clientId: 'client-1',
        clientSecret: 'secret-1',
        allowedDomains: [domain],
        defaultRole: 'engineer',
        jitEnabled: true,
        enabled: true,
      },
    );
    const begin = () =>
      beginSsoSignIn({ email: `amal@${domain}`, locale: 'en', next: undefined, redirectUri: 'http://app/cb' });
    await expect(begin()).resolves.toMatchObject({ ok: true });

    allowLoopback(false);
    const before = idp.connections();
    await expect(begin()).resolves.toEqual({ ok: false, reason: 'discovery' });
    expect(idp.connections()).toBe(before);
  });

  it('does not send the code to a token endpoint the policy refuses', async () => {
    allowLoopback(true);
    tokenEndpoint = `${platform.url}/token`;
    const config = await discover({ issuer: idp.url, clientId: `c-${uniqueSuffix()}`, clientSecret: 's' });
    const callback = new URL('http://app/cb?code=the-code&state=the-state');
    const error = await completeAuthorization(config, callback, {
      state: 'the-state',
      nonce: 'n',
      codeVerifier: 'v'.repeat(43),
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(findOutboundRefusal(error)?.reason).toBe('platform_service');
    expect(platform.connections()).toBe(0);
  });
});
