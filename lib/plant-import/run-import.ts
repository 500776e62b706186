import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { auditData } from '../audit/system-audit';
import { isForeignKeyViolation, isUniqueViolation, type PlantActor } from '../plant/plant-actor';
import type { RecordType } from './csv-layout';
import { checkImport, type CheckedImport, type ImportFile, type ImportSummary } from './check-import';
import type { PlannedRow } from './plan-import';

export type ImportMode = 'all' | 'valid';

export interface ImportResult extends CheckedImport {
  imported: boolean;
}

const CHUNK = 2000;
const MODEL = { site: 'site', unit: 'unit', asset: 'asset', signal: 'signal' } as const;

/**
 * Imports the files in one transaction with one audit row (`plant.import`, the counts). Mode
 * `all` writes nothing when any row has an issue (422 `import_has_errors`, the issues in the
 * body); mode `valid` writes the rows without issues and skips the rest. Rows equal to what is
 * stored are not written, so the same file twice changes nothing. 409 `import_conflict` when
 * another write took a code or tag meanwhile (nothing is written; check again).
 */
export async function runImport(actor: PlantActor, files: ImportFile[], mode: ImportMode): Promise<ImportResult> {
  const checked = await checkImport(actor, files);
  if (mode === 'all' && checked.issues.length > 0) {
    throw new AppError('import_has_errors', 422, 'plantImport.errors.hasErrors', {
      issueCount: checked.issues.length,
    });
  }
  const tdb = tenantDb(actor);
  try {
    await tdb.$transaction(
      async (tx) => {
        for (const type of ['site', 'unit', 'asset', 'signal'] as const)
          await write(tx, actor.tenantId!, type, checked.planned);
        // In the transaction: the import and its audit row commit or roll back together.
        await tx.auditLog.create({
          data: auditData({
            tenantId: actor.tenantId,
            actorUserId: actor.userId,
            action: 'plant.import',
            targetType: 'plant_import',
            targetId: null,
            after: { mode, files: files.map((f) => f.name), ...auditCounts(checked.summary) },
            requestId: actor.requestId,
          }),
        });
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error) || isForeignKeyViolation(error)) {
      throw new AppError('import_conflict', 409, 'plantImport.errors.conflict');
    }
    throw error;
  }
  return { ...checked, imported: true };
}

const auditCounts = (s: ImportSummary) => ({
  rows: s.rows,
  skippedRows: s.invalidRows,
  created: s.create,
  updated: s.update,
  unchanged: s.unchanged,
});

type Tx = Parameters<Parameters<ReturnType<typeof tenantDb>['$transaction']>[0]>[0];

/**
 * Creates in chunks (new assets parents first: planImport lists them in that order), then updates
 * one by one — only rows that changed, so a re-import writes nothing.
 */
async function write(tx: Tx, tenantId: string, type: RecordType, planned: PlannedRow[]) {
  const mine = planned.filter((p) => p.source.type === type);
  const delegate = tx[MODEL[type]] as unknown as {
    createMany(args: { data: object[] }): Promise<unknown>;
    update(args: { where: object; data: object }): Promise<unknown>;
  };
  const creates = mine.filter((p) => p.action === 'create');
  for (let i = 0; i < creates.length; i += CHUNK) {
    await delegate.createMany({ data: creates.slice(i, i + CHUNK).map((p) => ({ id: p.id, ...columns(p.write) })) });
  }
  for (const p of mine.filter((x) => x.action === 'update')) {
    await delegate.update({ where: { tenantId_id: { tenantId, id: p.id } }, data: columns(p.write) });
  }
}

/** Schema values as Prisma takes them: the install date as a Date. */
const columns = (values: Record<string, unknown>) =>
  typeof values.installDate === 'string' ? { ...values, installDate: new Date(values.installDate) } : values;
