import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { ZPagination, type Pagination } from '../http/pagination';
import { listPage } from '../plant/list-page';
import { assertCan, loadIntegration, viewsFor, type IntegrationActor } from './integration-access';
import { INTEGRATION_COLUMNS, type IntegrationRow } from './integration-view';

export const ZListIntegrations = ZPagination;

/**
 * `{ items, page, pageSize, total, pageCount }`, newest first. Items are IntegrationViews for
 * integrations.read, the status-only shape for everyone else (viewers). Needs integrations.status.
 */
export async function listIntegrations(actor: IntegrationActor, input: Pagination) {
  assertCan(actor, 'integrations.status');
  const tdb = tenantDb(actor);
  const page = await listPage(
    input,
    (p) =>
      tdb.integration.findMany({
        select: INTEGRATION_COLUMNS,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        ...p,
      }) as Promise<IntegrationRow[]>,
    () => tdb.integration.count(),
  );
  return { ...page, items: await viewsFor(actor, page.items) };
}

/** One integration as the actor may see it (full view or status only); 404 when not this tenant's. */
export async function getIntegration(actor: IntegrationActor, id: string) {
  assertCan(actor, 'integrations.status');
  const [view] = await viewsFor(actor, [await loadIntegration(actor, id)]);
  return view!;
}
