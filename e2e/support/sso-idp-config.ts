/**
 * Where the test IdP (oidc-idp.ts) listens and which client it knows, shared by
 * playwright.config.ts, the IdP script and the specs. The IdP port follows the app port
 * (+1000), so parallel Playwright runs on different E2E_PORTs do not collide.
 */
export const appPort = () => Number(process.env.E2E_PORT ?? 3100);
export const idpPort = () => Number(process.env.OIDC_IDP_PORT ?? appPort() + 1000);
export const idpIssuer = () => `http://127.0.0.1:${idpPort()}`;

export const IDP_CLIENT = {
  clientId: 'optria-e2e',
  clientSecret: 'optria-e2e-client-secret-0123456789',
} as const;

/** Test accounts are made up from the login hint: these local parts change what the IdP says. */
export const IDP_SPECIAL = {
  /** email_verified: false */
  unverified: 'unverified',
  /** no email_verified claim at all (must count as unverified) */
  noVerifiedClaim: 'noverified',
  /** Google Workspace account: hd = the email's domain (other accounts have no hd, like personal ones) */
  workspace: 'workspace',
  /** Entra ID style: no email_verified, but xms_edov: true (the email's domain is verified by its directory) */
  entraVerifiedDomain: 'edov',
  /** the user cancels at the IdP (error=access_denied) */
  deny: 'deny',
} as const;
