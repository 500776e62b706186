/** POST /api/sso-config/discovery {issuer} — checks that the issuer's discovery document is usable. */
import { withApi } from '@/lib/http/with-api';
import { checkDiscovery, ZDiscoveryCheck } from '@/lib/sso/check-discovery';

export const POST = withApi({ permission: 'sso.manage', body: ZDiscoveryCheck }, async ({ body }) =>
  checkDiscovery(body.issuer),
);
