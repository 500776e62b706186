import 'server-only';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { pageArgs, pageResult, type Pagination } from '../http/pagination';
import { apiKeyStatus, type ApiKeyStatus } from './api-key-status';
import { displayPrefix } from './api-key-format';

/** What any API or page may show of a key. Never the secret hash. */
export const PUBLIC_API_KEY_FIELDS = {
  id: true,
  tenantId: true,
  name: true,
  prefix: true,
  role: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdById: true,
  createdAt: true,
} as const;

type Row = {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  role: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdById: string | null;
  createdAt: Date;
};

/** The creator as they are now: their role and status decide what the key may do (api-key-status.ts). */
export interface ApiKeyCreator {
  id: string;
  name: string;
  role: string;
  status: string;
  tenantId: string | null;
}

export interface ApiKeyView extends Omit<Row, 'createdById' | 'tenantId'> {
  /** the effective state: active, narrowed (creator's role lacks some of the key's), suspended, expired, revoked */
  status: ApiKeyStatus;
  createdBy: { id: string; name: string; role: string; status: string } | null;
}

export function toApiKeyView(row: Row, creator: ApiKeyCreator | null, now = new Date()): ApiKeyView {
  const { createdById, tenantId: _tenantId, ...rest } = row;
  void _tenantId;
  const known = creator && creator.id === createdById ? creator : null;
  return {
    ...rest,
    prefix: displayPrefix(row.prefix),
    status: apiKeyStatus(row, known, now),
    createdBy: known ? { id: known.id, name: known.name, role: known.role, status: known.status } : null,
  };
}

/** The creators of some keys, by id, as they are now (users of the caller's tenant only). */
export async function loadCreators(ctx: TenantScope, ids: (string | null)[]): Promise<Map<string, ApiKeyCreator>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await tenantDb(ctx).user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, role: true, status: true, tenantId: true },
  });
  return new Map(rows.map((c) => [c.id, c]));
}

/** The tenant's keys, newest first, each with its effective state and its creator. */
export async function listApiKeys(ctx: TenantScope, page: Pagination) {
  const tdb = tenantDb(ctx);
  const [rows, total] = await Promise.all([
    tdb.apiKey.findMany({
      select: PUBLIC_API_KEY_FIELDS,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageArgs(page),
    }),
    tdb.apiKey.count(),
  ]);
  const creators = await loadCreators(
    ctx,
    rows.map((r) => r.createdById),
  );
  const now = new Date();
  const items = rows.map((r) => toApiKeyView(r, r.createdById ? (creators.get(r.createdById) ?? null) : null, now));
  return pageResult(items, total, page);
}
