/**
 * Dev/test wrapper around Prisma's schema engine compiled to WebAssembly (the native engine
 * cannot be downloaded here). Used to generate migration SQL and to prove "no drift" between
 * schema.prisma and a migrated database. The runtime migration runner never depends on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(path.join(process.cwd(), 'package.json'));

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

async function loadEngine(connectionString: string, schemaText: string): Promise<Engine> {
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const glue = await import(path.join(pkgDir, 'schema_engine_bg.js'));
  const bytes = fs.readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return glue.SchemaEngine.new({ datamodels: [['schema.prisma', schemaText]] }, () => {}, adapter);
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * SQL that takes a database from the `from` datamodel (or an empty database) to the `to`
 * datamodel. Empty string: no difference. Introspecting a live database is not possible with
 * this engine build against PostgreSQL 18 (it fails on the `char` type), so both sides are
 * datamodels; the drift test compares catalogs instead (lib/db/describe-schema.ts).
 */
export async function diffDatamodels(opts: {
  connectionString: string;
  from: string | null;
  to: string;
}): Promise<string> {
  const engine = await loadEngine(opts.connectionString, opts.to);
  const side = (content: string) => ({ tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] });
  try {
    const result = await engine.diff({
      from: opts.from === null ? { tag: 'empty' } : side(opts.from),
      to: side(opts.to),
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  } finally {
    engine.free();
  }
}
