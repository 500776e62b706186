import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { recordAudit } from '../audit/system-audit';
import type { RequestContext } from '../tenancy/request-context';
import { generateApiKey, hashSecret } from './api-key-format';
import { expiryInPast } from './api-key-errors';
import { loadCreators, PUBLIC_API_KEY_FIELDS, toApiKeyView, type ApiKeyView } from './list-api-keys';
import type { CreateApiKey } from './schemas';

export type ApiKeyActor = Pick<RequestContext, 'tenantId' | 'userId' | 'name' | 'requestId'>;

const isUniqueViolation = (e: unknown) => (e as { code?: unknown } | null)?.code === 'P2002';

/**
 * Creates a key and returns its token: the only time the secret exists outside the caller.
 * The row keeps the prefix and SHA-256 of the secret; the audit entry names the key, never the secret.
 */
export async function createApiKey(
  ctx: ApiKeyActor,
  input: CreateApiKey,
  now = new Date(),
): Promise<{ key: ApiKeyView; secret: string }> {
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) throw expiryInPast();
  const tdb = tenantDb(ctx);
  // 48 random bits make a prefix clash very unlikely; on one, draw again rather than fail.
  for (let attempt = 1; ; attempt++) {
    const generated = generateApiKey();
    try {
      const row = await tdb.apiKey.create({
        data: {
          tenantId: ctx.tenantId!,
          name: input.name,
          role: input.role,
          expiresAt: input.expiresAt,
          prefix: generated.prefix,
          secretHash: hashSecret(generated.secret),
          createdById: ctx.userId,
        },
        select: PUBLIC_API_KEY_FIELDS,
      });
      const creator = (await loadCreators(ctx, [ctx.userId])).get(ctx.userId) ?? null;
      const key = toApiKeyView(row, creator, now);
      await recordAudit({
        tenantId: ctx.tenantId,
        actorUserId: ctx.userId,
        action: 'api_key.create',
        targetType: 'api_key',
        targetId: row.id,
        after: { name: key.name, prefix: key.prefix, role: key.role, expiresAt: key.expiresAt },
        requestId: ctx.requestId,
      });
      return { key, secret: generated.token };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
