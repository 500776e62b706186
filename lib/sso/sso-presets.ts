/**
 * The identity providers the settings page offers. Each preset only pre-fills and checks the
 * issuer; the protocol is plain OpenID Connect for all of them (docs/sso.md).
 */
export const SSO_PROVIDERS = ['entra_id', 'okta', 'google', 'generic'] as const;
export type SsoProvider = (typeof SSO_PROVIDERS)[number];

export interface SsoPreset {
  provider: SsoProvider;
  /** shown as the issuer field's placeholder */
  issuerExample: string;
  /** pre-filled when the preset is picked and the issuer is empty */
  issuerDefault?: string;
}

export const SSO_PRESETS: Record<SsoProvider, SsoPreset> = {
  entra_id: {
    provider: 'entra_id',
    issuerExample: 'https://login.microsoftonline.com/<tenant-id>/v2.0',
  },
  okta: { provider: 'okta', issuerExample: 'https://<your-org>.okta.com/oauth2/default' },
  google: {
    provider: 'google',
    issuerExample: 'https://accounts.google.com',
    issuerDefault: 'https://accounts.google.com',
  },
  generic: { provider: 'generic', issuerExample: 'https://idp.example.com' },
};

/** What the app asks every IdP for. */
export const SSO_SCOPES = 'openid email profile';
