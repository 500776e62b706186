/**
 * A local OpenID provider for the SSO tests (oidc-provider), on 127.0.0.1.
 *   npx tsx e2e/support/oidc-idp.ts        (E2E_PORT / OIDC_IDP_PORT, see sso-idp-config.ts)
 * One static client whose redirect URI is the app's /api/sso/callback. There is no login form:
 * the account is the one named by the standard `login_hint` parameter (the app sends the email the
 * user typed), and consent is granted automatically. Any email is an account; its subject is
 * derived from the email, so the same email always comes back as the same person. Local parts in
 * IDP_SPECIAL change the claims (unverified, no email_verified, Google hd, Entra xms_edov).
 */
import crypto from 'node:crypto';
import http from 'node:http';
import Provider, { interactionPolicy } from 'oidc-provider';
import { appPort, IDP_CLIENT, IDP_SPECIAL, idpPort } from './sso-idp-config';

const accountIdFor = (email: string) => `acct-${Buffer.from(email.trim().toLowerCase()).toString('base64url')}`;
const emailOf = (accountId: string) => Buffer.from(accountId.replace(/^acct-/, ''), 'base64url').toString('utf8');

function findAccount(_ctx: unknown, accountId: string) {
  const email = emailOf(accountId);
  if (!email.includes('@')) return undefined;
  const local = email.split('@')[0]!;
  return {
    accountId,
    async claims() {
      const is = (prefix: string) => local.startsWith(prefix);
      const noEmailVerified = is(IDP_SPECIAL.noVerifiedClaim) || is(IDP_SPECIAL.entraVerifiedDomain);
      return {
        sub: accountId,
        email,
        ...(noEmailVerified ? {} : { email_verified: !is(IDP_SPECIAL.unverified) }),
        ...(is(IDP_SPECIAL.workspace) ? { hd: email.split('@')[1] } : {}),
        ...(is(IDP_SPECIAL.entraVerifiedDomain) ? { xms_edov: true } : {}),
        name: `SSO ${local}`,
      };
    },
  };
}

/** The usual policy, plus: a login_hint naming someone else than the IdP session means log in again. */
function policy() {
  const { Check, base } = interactionPolicy;
  const prompts = base();
  prompts.get('login').checks.add(
    new Check('login_hint_changed', 'another account was requested', (ctx) => {
      const hint = ctx.oidc.params.login_hint;
      const current = ctx.oidc.session.accountId;
      return typeof hint === 'string' && current !== undefined && current !== accountIdFor(hint)
        ? Check.REQUEST_PROMPT
        : Check.NO_NEED_TO_PROMPT;
    }),
  );
  return prompts;
}

export async function startOidcIdp(opts: { port: number; redirectUris: string[] }) {
  const issuer = `http://127.0.0.1:${opts.port}`;
  const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT.clientId,
        client_secret: IDP_CLIENT.clientSecret,
        redirect_uris: opts.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // hd (Google) and xms_edov (Entra ID) ride along with the email scope, as those providers send them.
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'hd', 'xms_edov'], profile: ['name'] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256' }] },
    features: { devInteractions: { enabled: false } },
    findAccount,
    interactions: { policy: policy(), url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
  });

  const server = http.createServer(async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return provider.callback()(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        const hint = details.params.login_hint;
        if (typeof hint !== 'string' || !hint.includes('@')) {
          res.statusCode = 400;
          return res.end('login_hint (an email) is required by this test IdP');
        }
        const result = hint.startsWith(`${IDP_SPECIAL.deny}`)
          ? { error: 'access_denied', error_description: 'The user cancelled' }
          : { login: { accountId: accountIdFor(hint) } };
        return await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      }
      const grant = new provider.Grant({
        accountId: details.session?.accountId,
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope('openid email profile');
      const grantId = await grant.save();
      return await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port, '127.0.0.1', resolve));
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

if (process.argv[1]?.endsWith('oidc-idp.ts')) {
  startOidcIdp({
    port: idpPort(),
    redirectUris: [`http://127.0.0.1:${appPort()}/api/sso/callback`],
  }).then(
    ({ issuer }) => console.log(`[oidc-idp] listening: ${issuer}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
