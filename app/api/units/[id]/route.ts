import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getUnit } from '@/lib/plant/list-units';
import { updateUnit } from '@/lib/plant/update-unit';
import { ZUpdateUnit } from '@/lib/plant/site-schemas';

const params = z.object({ id: z.string() });

export const GET = withApi({ permission: 'assets.read', params }, async ({ ctx, params }) => getUnit(ctx, params.id));

export const PUT = withApi({ permission: 'assets.manage', params, body: ZUpdateUnit }, async ({ ctx, params, body }) =>
  updateUnit(ctx, params.id, body),
);
