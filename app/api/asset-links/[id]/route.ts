import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { deleteAssetLink } from '@/lib/plant/delete-asset-link';

const params = z.object({ id: z.string() });

/** 204. */
export const DELETE = withApi({ permission: 'assets.manage', params }, async ({ ctx, params }) => {
  await deleteAssetLink(ctx, params.id);
  return new Response(null, { status: 204 });
});
