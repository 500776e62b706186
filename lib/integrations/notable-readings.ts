/**
 * The hook where notable readings become Black Box inputs (the Black Box issue defines the
 * events): limit excursions, alarm tags, setpoint changes. ingestReadings calls it with every
 * batch's stored candidates after commit; it must stay cheap and never throw (the batch is already
 * acknowledged). Today it recognizes nothing.
 */
import type { SampleInput } from '../ingest/ingest-samples';

export function recognizeNotableReadings(
  _ref: { tenantId: string; integrationId: string },
  _samples: readonly SampleInput[],
): void {
  // Intentionally empty until the Black Box issue lands its event model.
}
