/**
 * GET /api/sso-config — the tenant's OpenID Connect settings (`config: null` until set up) and the
 * redirect URI to register at the IdP. PUT — create or replace them. The client secret is write-only:
 * responses carry `clientSecretSet`; an empty secret on PUT keeps the stored one.
 */
import { withApi } from '@/lib/http/with-api';
import { getSsoConfig } from '@/lib/sso/get-sso-config';
import { publicOrigin, redirectUriFor } from '@/lib/sso/public-origin';
import { ZSsoConfigInput } from '@/lib/sso/sso-schema';
import { saveSsoConfig } from '@/lib/sso/system-save-sso-config';

export const GET = withApi({ permission: 'sso.manage' }, async ({ ctx, request }) => ({
  config: await getSsoConfig(ctx),
  redirectUri: redirectUriFor(publicOrigin(request)),
}));

export const PUT = withApi({ permission: 'sso.manage', body: ZSsoConfigInput }, async ({ ctx, body, request }) => ({
  config: await saveSsoConfig(ctx, body),
  redirectUri: redirectUriFor(publicOrigin(request)),
}));
