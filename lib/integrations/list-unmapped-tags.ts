import 'server-only';
import { tenantDb } from '../db/tenant-db';
import type { Pagination } from '../http/pagination';
import { listPage } from '../plant/list-page';
import { assertCan, loadIntegration, type IntegrationActor } from './integration-access';
import type { UnmappedTagView } from './integration-shapes';

/**
 * Tags the source delivered that no mapping of this integration covers ("unmapped tags seen"),
 * newest first: `{ items: [{ externalTag, lastValue, lastTs, lastSeenAt, count }], total, page,
 * pageSize, pageCount }`. Tags mapped since they were seen are left out. integrations.read.
 */
export async function listUnmappedTags(actor: IntegrationActor, integrationId: string, input: Pagination) {
  assertCan(actor, 'integrations.read');
  await loadIntegration(actor, integrationId);
  const tdb = tenantDb(actor);
  const mapped = await tdb.externalSignalMapping.findMany({ where: { integrationId }, select: { externalTag: true } });
  const where = { integrationId, externalTag: { notIn: mapped.map((m) => m.externalTag) } };
  const page = await listPage(
    input,
    (p) =>
      tdb.integrationTagSeen.findMany({
        where,
        select: { externalTag: true, lastValue: true, lastTs: true, lastSeenAt: true, count: true },
        orderBy: [{ lastSeenAt: 'desc' }, { externalTag: 'asc' }],
        ...p,
      }),
    () => tdb.integrationTagSeen.count({ where }),
  );
  return {
    ...page,
    items: page.items.map((t): UnmappedTagView => ({
      externalTag: t.externalTag,
      lastValue: t.lastValue,
      lastTs: t.lastTs?.toISOString() ?? null,
      lastSeenAt: t.lastSeenAt.toISOString(),
      count: Number(t.count),
    })),
  };
}
