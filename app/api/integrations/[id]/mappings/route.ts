import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { ZPagination } from '@/lib/http/pagination';
import { ZCreateMapping } from '@/lib/integrations/integration-schemas';
import { createMapping, listMappings } from '@/lib/integrations/mappings';
import { requestLocale } from '@/lib/integrations/request-locale';

const params = z.object({ id: z.string() });

export const GET = withApi(
  { permission: 'integrations.read', params, query: ZPagination },
  async ({ ctx, params, query }) => listMappings(ctx, params.id, query, await requestLocale()),
);

export const POST = withApi(
  { permission: 'integrations.manage', params, body: ZCreateMapping },
  async ({ ctx, params, body }) =>
    Response.json(await createMapping(ctx, params.id, body, await requestLocale()), { status: 201 }),
);
