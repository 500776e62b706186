// Bulk import of the plant model from CSV, against a real database: preview issues per row and
// column, one transaction and one audit row per import, upsert by code/tag (re-import changes
// nothing), references through the file and the tenant's own objects only, RBAC per role, limits.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { tenantDb } from '../db/tenant-db';
import { TENANT_ROLES } from '../rbac/permissions';
import { actorIn, appError, newAsset, next, plantWorld } from '../plant/plant-test-helpers';
import { createSignal } from '../plant/create-signal';
import { checkImport, type ImportFile } from './check-import';
import { runImport } from './run-import';
import { localizeIssues } from './localize-issues';

jest.setTimeout(300_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const encoder = new TextEncoder();
const csv = (name: string, lines: string[]): ImportFile => ({
  name,
  bytes: encoder.encode(lines.join('\r\n') + '\r\n'),
});

const HEADER =
  'record,site_code,unit_code,asset_tag,parent_tag,signal_tag,name_ar,name_en,type,criticality,install_date,eng_unit,kind,normal_low,normal_high,warning_high,critical_high';

/** A small plant in one file, codes made unique per test. */
function plantFile(s = next()) {
  return {
    s,
    file: csv('plant.csv', [
      HEADER,
      `site,RYD-${s},,,,,مجمع الرياض,Riyadh complex,,,,,,,,,`,
      `unit,RYD-${s},U-${s},,,,وحدة التقطير,Distillation,,,,,,,,,`,
      `asset,,U-${s},K-${s},,,ضاغط إعادة التدوير,Recycle compressor,compressor,A,2019-05-01,,,,,,`,
      `asset,,U-${s},M-${s},K-${s},,محرك الضاغط,Compressor motor,motor,B,,,,,,,`,
      `signal,,,K-${s},,K-${s}.PT,,,,,,kPa,measurement,200,800,850,900`,
      `signal,,,M-${s},,M-${s}.VIB,,,,,,mm/s,measurement,0,4.5,7.1,11`,
    ]),
  };
}

const audits = (tenantId: string) =>
  tenantDb({ tenantId }).auditLog.findMany({ where: { action: 'plant.import' }, orderBy: { createdAt: 'asc' } });
const issuesOf = (x: { issues: { row: number; column: string | null; message: string }[] }) =>
  x.issues.map((i) => [i.row, i.column, i.message]);

describe('importing a valid file', () => {
  it('creates sites, units, assets (with parents) and signals in one go, with one audit row', async () => {
    const { admin, tenant } = await plantWorld();
    const { s, file } = plantFile();
    const result = await runImport(admin, [file], 'all');
    expect(result.issues).toEqual([]);
    expect(result.summary.create).toEqual({ site: 1, unit: 1, asset: 2, signal: 2 });
    const tdb = tenantDb(admin);
    const motor = await tdb.asset.findFirstOrThrow({ where: { tag: `M-${s}` }, include: { parent: true, unit: true } });
    expect(motor.parent?.tag).toBe(`K-${s}`);
    expect(motor.unit.code).toBe(`U-${s}`);
    expect(motor.nameAr).toBe('محرك الضاغط');
    const compressor = await tdb.asset.findFirstOrThrow({ where: { tag: `K-${s}` } });
    expect(compressor.installDate?.toISOString().slice(0, 10)).toBe('2019-05-01');
    expect(compressor.status).toBe('active');
    const vib = await tdb.signal.findFirstOrThrow({ where: { tag: `M-${s}.VIB` } });
    expect([vib.unit, vib.normalLow, vib.normalHigh, vib.criticalHigh]).toEqual(['mm/s', 0, 4.5, 11]);
    const [audit, ...more] = await audits(tenant.id);
    expect(more).toEqual([]);
    expect(audit!.targetType).toBe('plant_import');
    expect(audit!.after).toMatchObject({ mode: 'all', files: ['plant.csv'], created: { asset: 2, signal: 2 } });
  });

  it('changes nothing when the same file comes again (case of tags aside), and updates only what differs', async () => {
    const { admin, tenant } = await plantWorld();
    const { s, file } = plantFile();
    await runImport(admin, [file], 'all');
    const before = await tenantDb(admin).asset.findMany({ orderBy: { tag: 'asc' } });
    const again = await runImport(admin, [file], 'all');
    expect(again.summary.unchanged).toEqual({ site: 1, unit: 1, asset: 2, signal: 2 });
    expect(again.summary.create).toEqual({ site: 0, unit: 0, asset: 0, signal: 0 });
    expect(again.summary.update).toEqual({ site: 0, unit: 0, asset: 0, signal: 0 });
    expect(await tenantDb(admin).asset.findMany({ orderBy: { tag: 'asc' } })).toEqual(before);

    // A tag matches whatever its case; only the renamed asset is written.
    const renamed = csv('rename.csv', [
      'record,unit_code,asset_tag,name_ar,name_en,type,criticality',
      `asset,u-${s},k-${s},ضاغط إعادة التدوير,Recycle compressor,compressor,A`,
      `asset,U-${s},M-${s},محرك الضاغط الرئيسي,Main compressor motor,motor,B`,
    ]);
    const result = await runImport(admin, [renamed], 'all');
    expect(result.summary.update.asset).toBe(2); // the first one's tag changes case
    const motor = await tenantDb(admin).asset.findFirstOrThrow({ where: { tagKey: `m-${s}`.toLowerCase() } });
    expect(motor.nameEn).toBe('Main compressor motor');
    // Columns the file lacks keep their stored values (the parent, the install date).
    expect(motor.parentId).not.toBeNull();
    expect(await audits(tenant.id)).toHaveLength(3);
  });

  it('takes several files, resolving references across them and against the database', async () => {
    const { admin, unit } = await plantWorld();
    const s = next();
    const assets = csv('assets.csv', [
      'record,unit_code,asset_tag,name_ar,name_en,type,criticality',
      `asset,${unit.code},T-${s},خزان,Tank,Tank,c`,
    ]);
    const signals = csv('signals.csv', [
      'record,asset_tag,signal_tag,kind,eng_unit',
      `signal,T-${s},T-${s}.LT,measurement,%`,
    ]);
    const result = await runImport(admin, [signals, assets], 'all');
    expect(result.issues).toEqual([]);
    const tank = await tenantDb(admin).asset.findFirstOrThrow({ where: { tag: `T-${s}` }, include: { signals: true } });
    expect([tank.unitId, tank.type, tank.criticality, tank.signals[0]?.tag]).toEqual([
      unit.id,
      'tank',
      'C',
      `T-${s}.LT`,
    ]);
  });

  it('accepts a UTF-8 BOM and semicolon-separated files, and Arabic names round-trip unchanged', async () => {
    const { admin } = await plantWorld();
    const s = next();
    const arabic = 'مبادل حراري – الوحدة ٣';
    const text = `\uFEFFrecord;site_code;name_ar;name_en\r\nsite;B-${s};${arabic};Heat site\r\n`;
    const result = await runImport(admin, [{ name: 'bom.csv', bytes: encoder.encode(text) }], 'all');
    expect(result.issues).toEqual([]);
    const site = await tenantDb(admin).site.findFirstOrThrow({ where: { code: `B-${s}` } });
    expect(site.nameAr).toBe(arabic);
    expect(result.rows[0]).toMatchObject({ record: 'site', key: `B-${s}`, nameAr: arabic, action: 'create' });
  });
});

describe('bad files', () => {
  it('refuses a file that is not UTF-8 (Windows-1256 Arabic) with a clear message', async () => {
    const { admin } = await plantWorld();
    // "مضخة" in Windows-1256.
    const bytes = new Uint8Array([
      ...encoder.encode('record,site_code,name_ar,name_en\nsite,W-1,'),
      0xe3,
      0xd6,
      0xce,
      0xc9,
      ...encoder.encode(',Pump\n'),
    ]);
    const checked = await checkImport(admin, [{ name: 'ansi.csv', bytes }]);
    expect(issuesOf(checked)).toEqual([[0, null, 'plantImport.errors.notUtf8']]);
    expect(localizeIssues(checked.issues, 'en')[0]!.detail).toMatch(/not UTF-8/);
    expect(localizeIssues(checked.issues, 'ar')[0]!.detail).toMatch(/UTF-8/);
    await expect(appError(runImport(admin, [{ name: 'ansi.csv', bytes }], 'all'))).resolves.toMatchObject({
      status: 422,
      code: 'import_has_errors',
    });
  });

  it('reports unknown, duplicate and missing columns on the header', async () => {
    const { admin } = await plantWorld();
    const wrong = await checkImport(admin, [
      csv('a.csv', ['record,site_code,name_ar,name_en,colour,Site Code', 'site,X,س,S,red,X']),
    ]);
    expect(issuesOf(wrong)).toEqual([
      [1, 'colour', 'plantImport.errors.unknownColumn'],
      [1, 'site_code', 'plantImport.errors.duplicateColumn'],
    ]);
    const missing = await checkImport(admin, [csv('b.csv', ['record,asset_tag,name_ar,name_en', 'asset,P-1,م,P'])]);
    expect(issuesOf(missing)).toEqual([
      [1, 'unit_code', 'plantImport.errors.missingColumnFor'],
      [1, 'type', 'plantImport.errors.missingColumnFor'],
      [1, 'criticality', 'plantImport.errors.missingColumnFor'],
    ]);
    const noRecord = await checkImport(admin, [csv('c.csv', ['site_code,name_ar,name_en', 'X,س,S'])]);
    expect(issuesOf(noRecord)).toEqual([[1, 'record', 'plantImport.errors.missingColumn']]);
  });

  it('reports each bad cell with its row and column, with the API schemas messages in both languages', async () => {
    const { admin, unit } = await plantWorld();
    const s = next();
    const checked = await checkImport(admin, [
      csv('bad.csv', [
        'record,unit_code,asset_tag,signal_tag,name_ar,name_en,type,criticality,install_date,eng_unit,kind,normal_low,normal_high,warning_high,critical_high,sample_interval_s',
        `asset,${unit.code},P-${s},,مضخة,Pump,pump,D,2019-13-01,,,,,,,`,
        `asset,${unit.code},Q-${s},,مضخة,Pump,pump,A,,,,,,,,`,
        `signal,,Q-${s},Q-${s}.PT,,,,,,${'k'.repeat(40)},measurement,10,5,abc,20,0`,
        `signal,,Q-${s},Q-${s}.FT,,,,,,kg/h,measurement,1,5,9,8,`,
        `pump,,,,,,,,,,,,,,,`,
      ]),
    ]);
    expect(issuesOf(checked)).toEqual([
      [2, 'criticality', 'plant.validation.criticality'],
      [2, 'install_date', 'plant.validation.date'],
      [4, 'eng_unit', 'plant.validation.textTooLong'],
      [4, 'warning_high', 'plant.validation.limit'],
      [4, 'sample_interval_s', 'plant.validation.sampleInterval'],
      [5, 'critical_high', 'plant.validation.limitsOrder'],
      [6, 'record', 'plantImport.errors.record'],
    ]);
    expect(checked.summary).toMatchObject({ rows: 5, invalidRows: 4, create: { asset: 1 } });
    const en = localizeIssues(checked.issues, 'en');
    const ar = localizeIssues(checked.issues, 'ar');
    expect(en[0]!.detail).toBe('Choose criticality A, B or C.');
    expect(ar[0]!.detail).not.toBe(en[0]!.detail);
    expect(ar[0]!.detail).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses a code or tag given twice in the import (any case, across files)', async () => {
    const { admin, unit } = await plantWorld();
    const s = next();
    const header = 'record,unit_code,asset_tag,name_ar,name_en,type,criticality';
    const checked = await checkImport(admin, [
      csv('one.csv', [header, `asset,${unit.code},P-${s},م,P,pump,A`, `asset,${unit.code},p-${s},م,P,pump,B`]),
      csv('two.csv', [header, `asset,${unit.code},P-${s},م,P,pump,C`]),
    ]);
    expect(checked.issues.map((i) => [i.file, i.row, i.column, i.message, i.params])).toEqual([
      ['one.csv', 3, 'asset_tag', 'plantImport.errors.duplicateKey', { row: 2, file: 'one.csv' }],
      ['two.csv', 2, 'asset_tag', 'plantImport.errors.duplicateKey', { row: 2, file: 'one.csv' }],
    ]);
    expect(localizeIssues(checked.issues, 'en')[0]!.detail).toBe('This code or tag is already in row 2 of one.csv.');
  });

  it('refuses unknown references, and the rows that depend on a row with errors', async () => {
    const { admin } = await plantWorld();
    const s = next();
    const checked = await checkImport(admin, [
      csv('refs.csv', [
        'record,site_code,unit_code,asset_tag,parent_tag,signal_tag,name_ar,name_en,type,criticality,kind',
        `unit,NOPE-${s},U-${s},,,,و,U,,,`,
        `asset,,U-${s},A-${s},,,أ,A,pump,A,`,
        `asset,,NOPE-${s},B-${s},,,ب,B,pump,A,`,
        `asset,,U-${s},C-${s},NOPE-${s},,ج,C,pump,A,`,
        `signal,,,A-${s},,A-${s}.X,,,,,measurement`,
        `signal,,,NOPE-${s},,N-${s}.X,,,,,measurement`,
        `asset,,U-${s},D-${s},E-${s},,د,D,pump,A,`,
        `asset,,U-${s},E-${s},D-${s},,ه,E,pump,A,`,
      ]),
    ]);
    expect(issuesOf(checked)).toEqual([
      [2, 'site_code', 'plantImport.errors.unknownReference'],
      [3, 'unit_code', 'plantImport.errors.referenceHasErrors'],
      [4, 'unit_code', 'plantImport.errors.unknownReference'],
      [5, 'unit_code', 'plantImport.errors.referenceHasErrors'],
      [6, 'asset_tag', 'plantImport.errors.referenceHasErrors'],
      [7, 'asset_tag', 'plantImport.errors.unknownReference'],
      [8, 'parent_tag', 'plant.validation.parentCycle'],
      [9, 'parent_tag', 'plant.validation.parentCycle'],
    ]);
  });

  it('does not resolve another tenant’s codes and tags, and never touches its objects', async () => {
    const other = await plantWorld();
    const foreignAsset = await newAsset(other.admin, other.unit.id);
    const { admin, unit } = await plantWorld();
    const checked = await checkImport(admin, [
      csv('foreign.csv', [
        'record,unit_code,asset_tag,signal_tag,name_ar,name_en,type,criticality,kind',
        `asset,${other.unit.code},X-${next()},,س,X,pump,A,`,
        `signal,,${foreignAsset.tag},S-${next()},,,,,measurement`,
      ]),
    ]);
    expect(issuesOf(checked)).toEqual([
      [2, 'unit_code', 'plantImport.errors.unknownReference'],
      [3, 'asset_tag', 'plantImport.errors.unknownReference'],
    ]);
    // The same tag in this tenant is a new asset of its own; the other tenant's stays as it was.
    const sameTag = csv('same-tag.csv', [
      'record,unit_code,asset_tag,name_ar,name_en,type,criticality',
      `asset,${unit.code},${foreignAsset.tag},س,Mine,tank,C`,
    ]);
    const mine = await runImport(admin, [sameTag], 'all');
    expect(mine.summary.create.asset).toBe(1);
    expect((await tenantDb(other.admin).asset.findFirstOrThrow({ where: { id: foreignAsset.id } })).nameEn).toBe(
      'Pump',
    );
  });

  it('keeps a unit in its site, as the API does', async () => {
    const { admin, unit } = await plantWorld();
    const s = next();
    const checked = await checkImport(admin, [
      csv('move.csv', [
        'record,site_code,unit_code,name_ar,name_en',
        `site,N-${s},,جديد,New`,
        `unit,N-${s},${unit.code},وحدة,Unit`,
      ]),
    ]);
    expect(issuesOf(checked)).toEqual([[3, 'site_code', 'plantImport.errors.unitSiteFixed']]);
  });

  it('checks a signal update against the stored limits the file has no column for', async () => {
    const { admin, unit } = await plantWorld();
    const asset = await newAsset(admin, unit.id);
    const signal = await createSignal(admin, {
      assetId: asset.id,
      tag: `L-${next()}`,
      kind: 'measurement',
      normalHigh: 50,
      criticalHigh: 60,
    });
    const checked = await checkImport(admin, [
      csv('limits.csv', [
        'record,asset_tag,signal_tag,kind,normal_low',
        `signal,${asset.tag},${signal.tag},measurement,70`,
      ]),
    ]);
    // The file's value is the one out of place, not the stored ones around it.
    expect(issuesOf(checked)).toEqual([[2, 'normal_low', 'plant.validation.limitsOrder']]);
  });
});

describe('import modes', () => {
  it('mode "all" writes nothing when a row has errors; mode "valid" writes the valid rows and skips the rest', async () => {
    const { admin, unit, tenant } = await plantWorld();
    const s = next();
    const file = csv('mixed.csv', [
      'record,unit_code,asset_tag,name_ar,name_en,type,criticality',
      `asset,${unit.code},G-${s},جيد,Good,valve,B`,
      `asset,${unit.code},B-${s},سيئ,Bad,spaceship,B`,
    ]);
    await expect(appError(runImport(admin, [file], 'all'))).resolves.toMatchObject({ status: 422 });
    expect(await tenantDb(admin).asset.count({ where: { tag: `G-${s}` } })).toBe(0);
    expect(await audits(tenant.id)).toEqual([]);

    const result = await runImport(admin, [file], 'valid');
    expect(result.summary).toMatchObject({ invalidRows: 1, create: { asset: 1 } });
    expect(await tenantDb(admin).asset.count({ where: { tag: { in: [`G-${s}`, `B-${s}`] } } })).toBe(1);
    expect((await audits(tenant.id))[0]!.after).toMatchObject({ mode: 'valid', skippedRows: 1 });
  });

  it('refuses an import over the size limit (413) and no file at all (400)', async () => {
    const { admin } = await plantWorld();
    const big = { name: 'big.csv', bytes: new Uint8Array(16 * 1024 * 1024 + 1) };
    await expect(appError(checkImport(admin, [big]))).resolves.toMatchObject({ status: 413 });
    await expect(appError(checkImport(admin, []))).resolves.toMatchObject({ status: 400 });
  });
});

describe('RBAC', () => {
  it.each(TENANT_ROLES)('%s', async (role) => {
    const world = await plantWorld();
    const actor = actorIn(world.tenant.id, role);
    const { file } = plantFile();
    const mayWrite = ['tenant_admin', 'reliability_engineer', 'engineer'].includes(role);
    if (mayWrite) {
      await expect(runImport(actor, [file], 'all')).resolves.toMatchObject({ imported: true });
    } else {
      await expect(appError(checkImport(actor, [file]))).resolves.toMatchObject({ status: 403 });
      await expect(appError(runImport(actor, [file], 'all'))).resolves.toMatchObject({ status: 403 });
      expect(await tenantDb(actor).site.count()).toBe(1);
    }
  });
});

describe('50,000 rows', () => {
  it('checks and imports 1,000 assets with 49,000 signals, then re-imports them without a write', async () => {
    const { admin, unit } = await plantWorld();
    const s = next();
    const lines = [
      'record,unit_code,asset_tag,signal_tag,name_ar,name_en,type,criticality,kind,eng_unit,normal_low,normal_high',
    ];
    for (let a = 0; a < 1000; a++) {
      lines.push(`asset,${unit.code},A${a}-${s},,أصل ${a},Asset ${a},pump,B,,,,`);
      for (let g = 0; g < 49; g++) lines.push(`signal,,A${a}-${s},A${a}-${s}.S${g},,,,,measurement,bar,0,${g + 1}`);
    }
    const file = csv('big.csv', lines);
    let started = Date.now();
    const first = await runImport(admin, [file], 'all');
    const importMs = Date.now() - started;
    expect(first.summary.create).toMatchObject({ asset: 1000, signal: 49_000 });
    expect(await tenantDb(admin).signal.count()).toBe(49_000);
    started = Date.now();
    const again = await runImport(admin, [file], 'all');
    const reimportMs = Date.now() - started;
    expect(again.summary.unchanged).toMatchObject({ asset: 1000, signal: 49_000 });
    console.log(`plant import: 50,000 rows imported in ${importMs} ms, re-imported (no change) in ${reimportMs} ms`);
  });
});
