/**
 * What every integrations service shares: the caller (a RequestContext fits), the permission check
 * the services make themselves (so pages and jobs cannot skip RBAC), loading one integration of the
 * caller's tenant (404 otherwise), the view the caller may see, and the audit row of each write.
 */
import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { can } from '../rbac/permissions';
import { assertPathId, auditPlant, type PlantActor } from '../plant/plant-actor';
import { INTEGRATION_COLUMNS, toIntegrationView, toStatusView, type IntegrationRow } from './integration-view';
import { integrationRates } from './integration-rates';

export type IntegrationActor = PlantActor;
export { assertCan } from '../plant/plant-actor';

/** One integration of the actor's tenant with the view's columns; 404 for a malformed or foreign id. */
export async function loadIntegration(actor: IntegrationActor, id: string): Promise<IntegrationRow> {
  assertPathId(id);
  const row = await tenantDb(actor).integration.findFirst({ where: { id }, select: INTEGRATION_COLUMNS });
  if (!row) throw notFound();
  return row as IntegrationRow;
}

/** The rows as the actor may see them: full views with integrations.read, else status only. */
export async function viewsFor(actor: IntegrationActor, rows: IntegrationRow[]) {
  if (!can(actor.role, 'integrations.read')) return rows.map(toStatusView);
  const rates = await integrationRates(
    actor.tenantId!,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toIntegrationView(r, rates.get(r.id) ?? 0));
}

/** The full view of one row (callers that may manage may read). */
export async function fullView(actor: IntegrationActor, row: IntegrationRow) {
  const rates = await integrationRates(actor.tenantId!, [row.id]);
  return toIntegrationView(row, rates.get(row.id) ?? 0);
}

/** One audit row per integrations write (`integration.create`, `integration_mapping.delete`, …). */
export const auditIntegration = (
  actor: IntegrationActor,
  action: string,
  target: { type: 'integration' | 'integration_mapping'; id: string },
  change: { before?: unknown; after?: unknown },
) => auditPlant(actor, action, target, change);
