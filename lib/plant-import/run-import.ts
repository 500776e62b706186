import 'server-only';
import { AppError } from '../http/app-error';
import { writePlantImport } from './system-write-plant-import';
import { isForeignKeyViolation, isUniqueViolation, type PlantActor } from '../plant/plant-actor';
import { checkImport, type CheckedImport, type ImportFile, type ImportSummary } from './check-import';

export type ImportMode = 'all' | 'valid';

export interface ImportResult extends CheckedImport {
  imported: boolean;
}

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
  try {
    await writePlantImport(actor.tenantId!, checked.planned, {
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action: 'plant.import',
      targetType: 'plant_import',
      targetId: null,
      after: { mode, files: files.map((f) => f.name), ...auditCounts(checked.summary) },
      requestId: actor.requestId,
    });
  } catch (error) {
    if (
      isUniqueViolation(error) ||
      isForeignKeyViolation(error) ||
      /23505|23503/.test(String((error as { message?: unknown })?.message))
    ) {
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
