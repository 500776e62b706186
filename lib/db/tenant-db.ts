/**
 * tenantDb(ctx): the Prisma client seen by feature code. Every read and write of a tenant-owned
 * model is scoped to ctx.tenantId, so a query cannot reach another tenant's rows even when the
 * caller forgets to filter. Models without tenant_id are not reachable through it at all.
 */
import 'server-only';
import { db } from './client';
import { AppError } from '../http/app-error';

/** Every model with a tenant_id column. A test checks this list against schema.prisma. */
export const TENANT_SCOPED_MODELS = ['User', 'TenantFeatureFlag', 'AuditLog'] as const;
const scoped = new Set<string>(TENANT_SCOPED_MODELS);

const WHERE_OPS = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate',
  'groupBy', 'update', 'updateMany', 'updateManyAndReturn', 'delete', 'deleteMany', 'upsert',
]);

type Args = Record<string, unknown> & { where?: object; data?: unknown; create?: object };

export function scopeArgs(model: string, operation: string, args: Args, tenantId: string): Args {
  if (!scoped.has(model)) {
    throw new Error(`${model} is not tenant-owned: use a system-*.ts module for platform data`);
  }
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
    },
  });
}

export type TenantDb = ReturnType<typeof tenantDb>;
