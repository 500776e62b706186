import { withApi } from '@/lib/http/with-api';
import { listSignals, ZListSignals } from '@/lib/plant/list-signals';
import { createSignal } from '@/lib/plant/create-signal';
import { ZCreateSignal } from '@/lib/plant/signal-schemas';

export const GET = withApi({ permission: 'signals.read', query: ZListSignals }, async ({ ctx, query }) =>
  listSignals(ctx, query),
);

export const POST = withApi({ permission: 'signals.manage', body: ZCreateSignal }, async ({ ctx, body }) =>
  Response.json(await createSignal(ctx, body), { status: 201 }),
);
