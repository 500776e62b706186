import 'server-only';
import { AppError } from '../http/app-error';
import type { TenantDb } from '../db/tenant-db';
import { referenceNotFound } from './plant-actor';

/** 400 on `unitId` unless this tenant has the unit. */
export async function assertUnitInTenant(tdb: TenantDb, unitId: string) {
  if (!(await tdb.unit.findFirst({ where: { id: unitId }, select: { id: true } }))) throw referenceNotFound('unitId');
}

/**
 * 400 on `parentId` unless this tenant has the parent and it is not the asset itself or one of its
 * descendants (the asset tree has no cycles). `assetId` is null for a new asset.
 */
export async function assertParentAllowed(tdb: TenantDb, parentId: string, assetId: string | null) {
  let cursor: string | null = parentId;
  for (let depth = 0; cursor; depth++) {
    if (cursor === assetId || depth > 100) {
      throw new AppError('validation_failed', 400, 'errors.validation', {
        errors: [{ path: 'parentId', message: 'plant.validation.parentCycle' }],
      });
    }
    const row: { parentId: string | null } | null = await tdb.asset.findFirst({
      where: { id: cursor },
      select: { parentId: true },
    });
    if (!row) throw referenceNotFound('parentId');
    cursor = row.parentId;
  }
}
