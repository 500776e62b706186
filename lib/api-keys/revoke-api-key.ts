import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { recordAudit } from '../audit/system-audit';
import { apiKeyStatus } from './api-key-status';
import { loadCreators, PUBLIC_API_KEY_FIELDS, toApiKeyView, type ApiKeyView } from './list-api-keys';
import type { ApiKeyActor } from './create-api-key';

/**
 * Soft-revokes a key of the caller's tenant (revokedAt is set; the row stays for the record).
 * Revoking a revoked key changes nothing and is not audited again. Foreign, missing or malformed
 * ids are all 404.
 */
export async function revokeApiKey(ctx: ApiKeyActor, id: string, now = new Date()): Promise<ApiKeyView> {
  if (!z.uuid().safeParse(id).success) throw notFound();
  const tdb = tenantDb(ctx);
  const existing = await tdb.apiKey.findUnique({ where: { id }, select: PUBLIC_API_KEY_FIELDS });
  if (!existing) throw notFound();
  const creator = existing.createdById
    ? ((await loadCreators(ctx, [existing.createdById])).get(existing.createdById) ?? null)
    : null;
  if (existing.revokedAt) return toApiKeyView(existing, creator, now);

  // Conditional on "not yet revoked", so two concurrent revokes audit once.
  const { count } = await tdb.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  const row = await tdb.apiKey.findUniqueOrThrow({ where: { id }, select: PUBLIC_API_KEY_FIELDS });
  const key = toApiKeyView(row, creator, now);
  if (count === 1) {
    await recordAudit({
      tenantId: ctx.tenantId,
      actorUserId: ctx.userId,
      action: 'api_key.revoke',
      targetType: 'api_key',
      targetId: id,
      before: { name: key.name, prefix: key.prefix, role: key.role, status: apiKeyStatus(existing, creator, now) },
      after: { status: 'revoked', revokedAt: now },
      requestId: ctx.requestId,
    });
  }
  return key;
}
