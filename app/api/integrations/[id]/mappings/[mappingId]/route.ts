import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { ZUpdateMapping } from '@/lib/integrations/integration-schemas';
import { deleteMapping, updateMapping } from '@/lib/integrations/mappings';

const params = z.object({ id: z.string(), mappingId: z.string() });

export const PATCH = withApi(
  { permission: 'integrations.manage', params, body: ZUpdateMapping },
  async ({ ctx, params, body, locale }) => updateMapping(ctx, params.id, params.mappingId, body, locale),
);

export const DELETE = withApi({ permission: 'integrations.manage', params }, async ({ ctx, params }) => {
  await deleteMapping(ctx, params.id, params.mappingId);
  return new Response(null, { status: 204 });
});
