import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getSite } from '@/lib/plant/list-sites';
import { updateSite } from '@/lib/plant/update-site';
import { ZUpdateSite } from '@/lib/plant/site-schemas';

const params = z.object({ id: z.string() });

export const GET = withApi({ permission: 'assets.read', params }, async ({ ctx, params }) => getSite(ctx, params.id));

export const PUT = withApi({ permission: 'assets.manage', params, body: ZUpdateSite }, async ({ ctx, params, body }) =>
  updateSite(ctx, params.id, body),
);
