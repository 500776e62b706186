import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getSignal } from '@/lib/plant/list-signals';
import { updateSignal } from '@/lib/plant/update-signal';
import { ZUpdateSignal } from '@/lib/plant/signal-schemas';

const params = z.object({ id: z.string() });

export const GET = withApi({ permission: 'signals.read', params }, async ({ ctx, params }) =>
  getSignal(ctx, params.id),
);

export const PUT = withApi(
  { permission: 'signals.manage', params, body: ZUpdateSignal },
  async ({ ctx, params, body }) => updateSignal(ctx, params.id, body),
);
