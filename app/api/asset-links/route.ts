import { withApi } from '@/lib/http/with-api';
import { listAssetLinks, ZListAssetLinks } from '@/lib/plant/list-asset-links';
import { createAssetLink } from '@/lib/plant/create-asset-link';
import { ZCreateAssetLink } from '@/lib/plant/asset-schemas';

export const GET = withApi({ permission: 'assets.read', query: ZListAssetLinks }, async ({ ctx, query }) =>
  listAssetLinks(ctx, query),
);

export const POST = withApi({ permission: 'assets.manage', body: ZCreateAssetLink }, async ({ ctx, body }) =>
  Response.json(await createAssetLink(ctx, body), { status: 201 }),
);
