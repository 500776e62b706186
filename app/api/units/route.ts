import { withApi } from '@/lib/http/with-api';
import { listUnits, ZListUnits } from '@/lib/plant/list-units';
import { createUnit } from '@/lib/plant/create-unit';
import { ZCreateUnit } from '@/lib/plant/site-schemas';

export const GET = withApi({ permission: 'assets.read', query: ZListUnits }, async ({ ctx, query }) =>
  listUnits(ctx, query),
);

export const POST = withApi({ permission: 'assets.manage', body: ZCreateUnit }, async ({ ctx, body }) =>
  Response.json(await createUnit(ctx, body), { status: 201 }),
);
