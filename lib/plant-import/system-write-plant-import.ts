/**
 * Writes a planned import in one transaction. A system-* module because it needs raw SQL: new
 * rows go in as one `INSERT … SELECT FROM UNNEST(arrays)` per few thousand rows, which Prisma's
 * createMany cannot do (it was ~15× slower for 49,000 signals). It sees only the tenant it is
 * given: every inserted row gets that tenant_id, every update is by (tenant_id, id), and the ids
 * come from planImport, which resolved them through tenantDb().
 */
import 'server-only';
import { db, type Prisma } from '../db/client';
import { recordAuditInTx } from '../audit/system-audit-tx';
import type { AuditEntry } from '../audit/system-audit';
import type { RecordType } from './csv-layout';
import type { PlannedRow } from './plan-import';

type Tx = Prisma.TransactionClient;
/** [schema field, column, Postgres type of the column] */
type Column = [string, string, string];

const COLUMNS: Record<RecordType, { table: string; columns: Column[] }> = {
  site: {
    table: 'sites',
    columns: [
      ['code', 'code', 'text'],
      ['codeKey', 'code_key', 'text'],
      ['nameAr', 'name_ar', 'text'],
      ['nameEn', 'name_en', 'text'],
    ],
  },
  unit: {
    table: 'units',
    columns: [
      ['siteId', 'site_id', 'uuid'],
      ['code', 'code', 'text'],
      ['codeKey', 'code_key', 'text'],
      ['nameAr', 'name_ar', 'text'],
      ['nameEn', 'name_en', 'text'],
    ],
  },
  asset: {
    table: 'assets',
    columns: [
      ['unitId', 'unit_id', 'uuid'],
      ['parentId', 'parent_id', 'uuid'],
      ['tag', 'tag', 'text'],
      ['tagKey', 'tag_key', 'text'],
      ['nameAr', 'name_ar', 'text'],
      ['nameEn', 'name_en', 'text'],
      ['type', 'type', '"AssetType"'],
      ['criticality', 'criticality', '"AssetCriticality"'],
      ['status', 'status', '"AssetStatus"'],
      ['manufacturer', 'manufacturer', 'text'],
      ['model', 'model', 'text'],
      ['installDate', 'install_date', 'date'],
      ['metadata', 'metadata', 'jsonb'],
    ],
  },
  signal: {
    table: 'signals',
    columns: [
      ['assetId', 'asset_id', 'uuid'],
      ['tag', 'tag', 'text'],
      ['tagKey', 'tag_key', 'text'],
      ['description', 'description', 'text'],
      ['unit', 'unit', 'text'],
      ['kind', 'kind', '"SignalKind"'],
      ['criticalLow', 'critical_low', 'float8'],
      ['warningLow', 'warning_low', 'float8'],
      ['normalLow', 'normal_low', 'float8'],
      ['normalHigh', 'normal_high', 'float8'],
      ['warningHigh', 'warning_high', 'float8'],
      ['criticalHigh', 'critical_high', 'float8'],
      ['sampleIntervalSeconds', 'sample_interval_seconds', 'int4'],
    ],
  },
};

const CHUNK = 5000;
const MODEL = { site: 'site', unit: 'unit', asset: 'asset', signal: 'signal' } as const;

/** Inserts new rows (parents before children: planImport lists them so), tenant_id set here. */
async function insertRows(tx: Tx, tenantId: string, type: RecordType, rows: PlannedRow[]) {
  const { table, columns } = COLUMNS[type];
  // Arrays travel as text[] / uuid[] / float8[]; enums, dates and JSON are cast in the SELECT.
  const arrayType = (t: string) => (['uuid', 'float8', 'int4'].includes(t) ? t : 'text');
  const names = ['id', ...columns.map((c) => c[1])].map((n) => `"${n}"`).join(', ');
  const selects = ['u.c0', ...columns.map(([, , t], i) => (arrayType(t) === t ? `u.c${i + 1}` : `u.c${i + 1}::${t}`))];
  const unnest = ['$2::uuid[]', ...columns.map(([, , t], i) => `$${i + 3}::${arrayType(t)}[]`)].join(', ');
  const aliases = ['c0', ...columns.map((_, i) => `c${i + 1}`)].join(', ');
  const sql = `INSERT INTO "${table}" ("tenant_id", ${names}, "updated_at")
    SELECT $1::uuid, ${selects.join(', ')}, now() FROM UNNEST(${unnest}) AS u(${aliases})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const arrays = columns.map(([field, , t]) =>
      chunk.map((p) => {
        const v = p.write[field];
        if (v === undefined || v === null) return t === 'jsonb' ? '{}' : null;
        return t === 'jsonb' ? JSON.stringify(v) : v;
      }),
    );
    await tx.$executeRawUnsafe(
      sql,
      tenantId,
      chunk.map((p) => p.id),
      ...arrays,
    );
  }
}

/** Schema values as Prisma takes them: the install date as a Date. */
const prismaData = (values: Record<string, unknown>) =>
  typeof values.installDate === 'string' ? { ...values, installDate: new Date(values.installDate) } : values;

/**
 * Creates, then updates (only rows that changed), for sites, units, assets and signals in that
 * order, and the import's audit row — all or nothing.
 */
export async function writePlantImport(tenantId: string, planned: PlannedRow[], audit: AuditEntry) {
  await db().$transaction(
    async (tx) => {
      for (const type of ['site', 'unit', 'asset', 'signal'] as const) {
        const mine = planned.filter((p) => p.source.type === type);
        await insertRows(
          tx,
          tenantId,
          type,
          mine.filter((p) => p.action === 'create'),
        );
        const delegate = tx[MODEL[type]] as unknown as {
          update(args: { where: object; data: object }): Promise<unknown>;
        };
        for (const p of mine.filter((x) => x.action === 'update')) {
          await delegate.update({ where: { tenantId_id: { tenantId, id: p.id } }, data: prismaData(p.write) });
        }
      }
      await recordAuditInTx(tx, { ...audit, tenantId });
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
