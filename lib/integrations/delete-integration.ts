import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { isForeignKeyViolation } from '../plant/plant-actor';
import { assertCan, auditIntegration, loadIntegration, type IntegrationActor } from './integration-access';

const hasData = () =>
  new AppError('integration_has_data', 409, 'integrationsApi.errors.hasData', { suggestion: 'disable' });

/**
 * Deletes an integration that never stored a sample (a mistake just made), with its mappings and
 * the tags it has seen. Once anything was ingested (samples_inserted > 0) the provenance of stored
 * values points at it: 409 `integration_has_data` (`suggestion: "disable"`) — PATCH
 * `{ enabled: false }` instead. 404 for another tenant's integration. Audited with its settings
 * (never secrets).
 */
export async function deleteIntegration(actor: IntegrationActor, id: string) {
  assertCan(actor, 'integrations.manage');
  const current = await loadIntegration(actor, id);
  if (current.samplesInserted > BigInt(0)) throw hasData();
  try {
    await tenantDb(actor).$transaction(async (tx) => {
      await tx.externalSignalMapping.deleteMany({ where: { integrationId: id } });
      await tx.integrationTagSeen.deleteMany({ where: { integrationId: id } });
      // Only while still empty: a batch stored since the check above keeps it.
      const { count } = await tx.integration.deleteMany({ where: { id, samplesInserted: 0 } });
      if (count === 0) throw hasData();
    });
  } catch (error) {
    // Rows elsewhere still refer to it (e.g. ingest counters written meanwhile).
    if (isForeignKeyViolation(error)) throw hasData();
    throw error;
  }
  await auditIntegration(
    actor,
    'integration.delete',
    { type: 'integration', id },
    { before: { name: current.name, kind: current.kind, enabled: current.enabled, config: current.config } },
  );
}
