import { withApi } from '@/lib/http/with-api';
import { listAssets, ZListAssets } from '@/lib/plant/list-assets';
import { createAsset } from '@/lib/plant/create-asset';
import { ZCreateAsset } from '@/lib/plant/asset-schemas';

export const GET = withApi({ permission: 'assets.read', query: ZListAssets }, async ({ ctx, query }) =>
  listAssets(ctx, query),
);

export const POST = withApi({ permission: 'assets.manage', body: ZCreateAsset }, async ({ ctx, body }) =>
  Response.json(await createAsset(ctx, body), { status: 201 }),
);
