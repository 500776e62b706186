import { withApi } from '@/lib/http/with-api';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { assertSessionCaller } from '@/lib/api-keys/require-session';
import { ZCreateApiKey, ZListApiKeys } from '@/lib/api-keys/schemas';

export const GET = withApi({ permission: 'api_keys.manage', query: ZListApiKeys }, async ({ ctx, query }) => {
  assertSessionCaller(ctx);
  return listApiKeys(ctx, query);
});

/** 201 with `secret`: the only response that ever carries it, so it must not be cached anywhere. */
export const POST = withApi({ permission: 'api_keys.manage', body: ZCreateApiKey }, async ({ ctx, body }) => {
  assertSessionCaller(ctx);
  const created = await createApiKey(ctx, body);
  return Response.json(created, {
    status: 201,
    headers: { 'cache-control': 'no-store', 'x-request-id': ctx.requestId },
  });
});
