/**
 * tenantDb(ctx): the Prisma client seen by feature code. Every read and write of a tenant-owned
 * model is scoped to ctx.tenantId, so a query cannot reach another tenant's rows even when the
 * caller forgets to filter. Models without tenant_id are not reachable through it at all.
 */
import 'server-only';
import { db } from './client';
import { AppError } from '../http/app-error';

/** Every model with a tenant_id column. A test checks this list against schema.prisma. */
export const TENANT_SCOPED_MODELS = [
  'User',
  'TenantFeatureFlag',
  'AuditLog',
  'TenantSsoConfig',
  'ApiKey',
  'Site',
  'Unit',
  'Asset',
  'AssetLink',
  'Signal',
  'SsoDomainClaim',
  'SignalSample',
  'SignalLatest',
  'SignalRollupHour',
  'IntegrationIngestMinute',
  'AssetHealthSnapshot',
  'DemoReplay',
  'DemoBackfill',
  'Integration',
  'ExternalSignalMapping',
  'IntegrationTagSeen',
  'IngestIdempotencyKey',
] as const;
const scoped = new Set<string>(TENANT_SCOPED_MODELS);

/** Time-series tables: written only by lib/ingest (lib/db/sample-store.ts); read-only here. */
export const INGEST_ONLY_MODELS = ['SignalSample', 'SignalLatest', 'SignalRollupHour'] as const;
const ingestOnly = new Set<string>(INGEST_ONLY_MODELS);
const READ_OPS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);

const WHERE_OPS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
  'upsert',
]);

type Args = Record<string, unknown> & { where?: object; data?: unknown; create?: object; update?: unknown };

const UPDATE_OPS = new Set(['update', 'updateMany', 'updateManyAndReturn']);

/** Update data may not move a row to another tenant, by tenantId or through the `tenant` relation. */
function assertStaysInTenant(model: string, data: unknown, tenantId: string) {
  if (!data || typeof data !== 'object') return;
  const d = data as Record<string, unknown>;
  if ('tenant' in d || (d.tenantId !== undefined && d.tenantId !== tenantId)) {
    throw new Error(`${model}: tenantId cannot be changed through tenantDb`);
  }
}

export function scopeArgs(model: string, operation: string, args: Args, tenantId: string): Args {
  if (!scoped.has(model)) {
    throw new Error(`${model} is not tenant-owned: use a system-*.ts module for platform data`);
  }
  if (ingestOnly.has(model) && !READ_OPS.has(operation)) {
    throw new Error(`${model} is written only by lib/ingest (ingestSamples)`);
  }
  if (UPDATE_OPS.has(operation)) assertStaysInTenant(model, args.data, tenantId);
  if (operation === 'upsert') assertStaysInTenant(model, args.update, tenantId);
  const next: Args = { ...args };
  if (WHERE_OPS.has(operation)) next.where = { ...(args.where ?? {}), tenantId };
  if (operation === 'create') next.data = { ...(args.data as object), tenantId };
  if (operation === 'createMany' || operation === 'createManyAndReturn') {
    const rows = Array.isArray(args.data) ? args.data : [args.data];
    next.data = rows.map((row) => ({ ...(row as object), tenantId }));
  }
  if (operation === 'upsert') next.create = { ...(args.create ?? {}), tenantId };
  return next;
}

function rawRefused(): never {
  throw new Error('Raw SQL is not available through tenantDb(); use a lib/db or system-*.ts module');
}

export interface TenantScope {
  tenantId: string | null;
}

export function tenantDb(ctx: TenantScope) {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new AppError('tenant_required', 400, 'errors.tenantRequired');
  return db().$extends({
    name: 'tenant-scope',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model, operation, (args ?? {}) as Args, tenantId) as typeof args);
        },
      },
      // Raw SQL cannot be scoped automatically: it is for lib/db and system-* modules only.
      $queryRaw: rawRefused,
      $queryRawUnsafe: rawRefused,
      $executeRaw: rawRefused,
      $executeRawUnsafe: rawRefused,
    },
  });
}

export type TenantDb = ReturnType<typeof tenantDb>;
