import { withApi } from '@/lib/http/with-api';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { assertSessionCaller } from '@/lib/api-keys/require-session';
import { ZApiKeyId } from '@/lib/api-keys/schemas';

/** Soft revoke (the row stays for the record), hence POST …/revoke rather than DELETE. Idempotent. */
export const POST = withApi({ permission: 'api_keys.manage', params: ZApiKeyId }, async ({ ctx, params }) => {
  assertSessionCaller(ctx);
  return revokeApiKey(ctx, params.id);
});
