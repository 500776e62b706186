import { withApi } from '@/lib/http/with-api';
import { listSites, ZListSites } from '@/lib/plant/list-sites';
import { createSite } from '@/lib/plant/create-site';
import { ZCreateSite } from '@/lib/plant/site-schemas';

export const GET = withApi({ permission: 'assets.read', query: ZListSites }, async ({ ctx, query }) =>
  listSites(ctx, query),
);

export const POST = withApi({ permission: 'assets.manage', body: ZCreateSite }, async ({ ctx, body }) =>
  Response.json(await createSite(ctx, body), { status: 201 }),
);
