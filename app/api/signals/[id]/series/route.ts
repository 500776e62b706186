import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { signalSeries } from '@/lib/timeseries/signal-series';
import { ZSeriesQuery } from '@/lib/timeseries/series-query';

const params = z.object({ id: z.string() });

export const GET = withApi(
  { permission: 'signals.read', params, query: ZSeriesQuery },
  async ({ ctx, params, query }) => signalSeries(ctx, params.id, query),
);
