import 'server-only';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { pageArgs, pageResult, type Pagination } from '../http/pagination';
import { apiKeyStatus, type ApiKeyStatus } from './api-key-status';
import { displayPrefix } from './api-key-format';

/** What any API or page may show of a key. Never the secret hash. */
export const PUBLIC_API_KEY_FIELDS = {
  id: true,
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
  name: string;
  prefix: string;
  role: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdById: string | null;
  createdAt: Date;
};

export interface ApiKeyView extends Omit<Row, 'createdById'> {
  status: ApiKeyStatus;
  createdBy: { id: string; name: string } | null;
}

export function toApiKeyView(row: Row, creatorName: string | null, now = new Date()): ApiKeyView {
  const { createdById, ...rest } = row;
  return {
    ...rest,
    prefix: displayPrefix(row.prefix),
    status: apiKeyStatus(row, now),
    createdBy: createdById && creatorName !== null ? { id: createdById, name: creatorName } : null,
  };
}

/** The tenant's keys, newest first, with the creator's name. */
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
  const creatorIds = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => Boolean(id)))];
  const creators = await tdb.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } });
  const names = new Map(creators.map((c) => [c.id, c.name]));
  const now = new Date();
  const items = rows.map((r) => toApiKeyView(r, r.createdById ? (names.get(r.createdById) ?? null) : null, now));
  return pageResult(items, total, page);
}
