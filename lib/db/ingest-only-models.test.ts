// The time-series tables have one writer, lib/ingest: tenantDb may read them (scoped to the tenant)
// but refuses every write, so no feature can bypass validation, deduplication, rollups and latest.
import { INGEST_ONLY_MODELS, scopeArgs } from './tenant-db';

const TENANT = '11111111-1111-4111-8111-111111111111';
const WRITES = [
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'upsert',
  'delete',
  'deleteMany',
];

describe('ingest-only models through tenantDb', () => {
  it.each(INGEST_ONLY_MODELS)('%s refuses every write', (model) => {
    for (const op of WRITES) {
      expect(() => scopeArgs(model, op, { data: {} }, TENANT)).toThrow(/written only by lib\/ingest/);
    }
  });

  it.each(INGEST_ONLY_MODELS)('%s reads are scoped to the tenant', (model) => {
    expect(scopeArgs(model, 'findMany', { where: { signalId: 'x' } }, TENANT)).toEqual({
      where: { signalId: 'x', tenantId: TENANT },
    });
  });

  it('other tenant models still write', () => {
    expect(scopeArgs('Signal', 'create', { data: { tag: 'T' } }, TENANT)).toEqual({
      data: { tag: 'T', tenantId: TENANT },
    });
  });
});
