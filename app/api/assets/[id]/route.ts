import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getAsset } from '@/lib/plant/list-assets';
import { updateAsset } from '@/lib/plant/update-asset';
import { deleteAsset } from '@/lib/plant/delete-asset';
import { ZUpdateAsset } from '@/lib/plant/asset-schemas';

const params = z.object({ id: z.string() });

export const GET = withApi({ permission: 'assets.read', params }, async ({ ctx, params }) => getAsset(ctx, params.id));

/** Also retires: `{ "status": "retired" }`. */
export const PUT = withApi({ permission: 'assets.manage', params, body: ZUpdateAsset }, async ({ ctx, params, body }) =>
  updateAsset(ctx, params.id, body),
);

/** 204; 409 `asset_has_history` when it has signals or links (retire it instead). */
export const DELETE = withApi({ permission: 'assets.manage', params }, async ({ ctx, params }) => {
  await deleteAsset(ctx, params.id);
  return new Response(null, { status: 204 });
});
