/**
 * Inserted samples per minute per integration (the list's "samples per minute"), counted by
 * ingestReadings per batch (lib/integrations/ingest-rate.ts: the last five minutes).
 */
import 'server-only';
import { samplesPerMinute } from './ingest-rate';

export const integrationRates = (tenantId: string, integrationIds: string[]): Promise<Map<string, number>> =>
  samplesPerMinute(tenantId, integrationIds);
