/**
 * Inserted samples per minute per integration (the list's "samples per minute"). The counting is
 * core-runtime's (lib/integrations/ingest-rate.ts); until it lands every integration reads 0.
 */
import 'server-only';

export async function integrationRates(_tenantId: string, _integrationIds: string[]): Promise<Map<string, number>> {
  return new Map();
}
