/**
 * Samples per minute of integrations, for the integrations page: the samples inserted (not
 * duplicates or rejects) in the last five minutes (the current, partial minute included),
 * divided by five. From integration_ingest_minutes, written per batch by ingestReadings.
 */
import 'server-only';
import { insertedSince } from '../db/integration-ingest-store';

export const RATE_WINDOW_MINUTES = 5;
const MINUTE_MS = 60_000;

/** integrationId → samples per minute (0 for ids without recent data). Source: integration_ingest_minutes. */
export async function samplesPerMinute(
  tenantId: string,
  integrationIds: string[],
  now: Date = new Date(),
): Promise<Map<string, number>> {
  const rates = new Map(integrationIds.map((id) => [id, 0]));
  if (integrationIds.length === 0) return rates;
  const currentMinute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  const since = new Date(currentMinute - (RATE_WINDOW_MINUTES - 1) * MINUTE_MS);
  const until = new Date(currentMinute + MINUTE_MS);
  for (const [id, inserted] of await insertedSince(tenantId, integrationIds, since, until)) {
    rates.set(id, inserted / RATE_WINDOW_MINUTES);
  }
  return rates;
}
