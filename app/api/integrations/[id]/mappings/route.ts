import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { ZPagination } from '@/lib/http/pagination';
import { ZCreateMapping } from '@/lib/integrations/integration-schemas';
import { createMapping, listMappings } from '@/lib/integrations/mappings';

const params = z.object({ id: z.string() });

export const GET = withApi(
  { permission: 'integrations.read', params, query: ZPagination },
  async ({ ctx, params, query, locale }) => listMappings(ctx, params.id, query, locale),
);

export const POST = withApi(
  { permission: 'integrations.manage', params, body: ZCreateMapping },
  async ({ ctx, params, body, locale }) =>
    Response.json(await createMapping(ctx, params.id, body, locale), { status: 201 }),
);
