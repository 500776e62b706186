/**
 * The outbound-address policy over HTTP: a tenant admin cannot make the server fetch cloud
 * metadata or the platform's own services (the database, the app itself) through the SSO
 * discovery check or the SSO settings — one problem answer for all of them. The e2e server allows
 * loopback (OUTBOUND_ALLOW_LOOPBACK, for the test IdP on 127.0.0.1), and still refuses these.
 * API calls only, so it is quick in every project.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { appPort, idpIssuer } from './support/sso-idp-config';

/** Signs in through Auth.js's credentials callback; the context keeps the session cookie. */
async function signInApi(api: APIRequestContext, identifier: string, password: string) {
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  await api.post('/api/auth/callback/credentials', {
    form: { identifier, password, csrfToken, callbackUrl: '/' },
    maxRedirects: 0,
  });
  expect((await api.storageState()).cookies.map((c) => c.name)).toContain('authjs.session-token');
}

/** The problem body without what differs per request. */
async function problemOf(response: APIResponse) {
  expect(response.status()).toBe(422);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const { requestId, ...body } = await response.json();
  expect(requestId).toEqual(expect.any(String));
  return body;
}

test('discovery and SSO settings refuse metadata and platform addresses with one answer', async ({ request }) => {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  await signInApi(request, admin.email, admin.password);

  // The test IdP is on loopback too: reachable, so the refusals below are not "loopback is off".
  const allowed = await request.post('/api/sso-config/discovery', { data: { issuer: idpIssuer() } });
  expect(allowed.status()).toBe(200);
  expect(await allowed.json()).toMatchObject({ ok: true, issuer: idpIssuer() });

  const dbPort = new URL(process.env.DATABASE_URL!).port;
  const refused = [
    'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    'https://169.254.169.254',
    'http://[fd00:ec2::254]',
    'http://[::ffff:169.254.169.254]',
    `http://127.0.0.1:${dbPort}`,
    `https://localhost:${dbPort}`,
    `http://127.0.0.1:${appPort()}`,
  ];
  const answers = [];
  for (const issuer of refused) {
    answers.push(await problemOf(await request.post('/api/sso-config/discovery', { data: { issuer } })));
  }
  expect(answers[0]).toMatchObject({
    status: 422,
    code: 'outbound_address_refused',
    messageKey: 'outbound.errors.addressRefused',
    title: expect.any(String),
  });
  for (const answer of answers) expect(answer).toEqual(answers[0]);

  // Saving such an issuer is refused the same way, and nothing is stored.
  const save = await request.put('/api/sso-config', {
    data: {
      provider: 'generic',
      issuer: 'http://169.254.169.254',
      clientId: 'client',
      clientSecret: 'secret-0123456789',
      allowedDomains: [`${tenant.slug}.example`],
      defaultRole: 'viewer',
      jitEnabled: true,
      enabled: true,
    },
  });
  expect(await problemOf(save)).toEqual(answers[0]);
  expect((await (await request.get('/api/sso-config')).json()).config).toBeNull();
});
