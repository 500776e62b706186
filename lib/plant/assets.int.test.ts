// Sites, units, assets and links: validation, case-insensitive uniqueness (409), references that
// must be in the same tenant, foreign ids (404), retire vs delete, lists with filters, audit rows.
import crypto from 'node:crypto';
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant } from '../test/system-fixtures';
import { createSite } from './create-site';
import { updateSite } from './update-site';
import { getSite, listSites, ZListSites } from './list-sites';
import { createUnit } from './create-unit';
import { updateUnit } from './update-unit';
import { getUnit, listUnits, ZListUnits } from './list-units';
import { updateAsset } from './update-asset';
import { assetDeleteBlocker, deleteAsset } from './delete-asset';
import { listAuditLog } from '../audit/list-audit-log';
import { ZAuditFilters } from '../audit/audit-filters';
import { getAsset, listAssets, ZListAssets } from './list-assets';
import { createAssetLink } from './create-asset-link';
import { deleteAssetLink } from './delete-asset-link';
import { listAssetLinks, ZListAssetLinks } from './list-asset-links';
import { createSignal } from './create-signal';
import { METADATA_MAX_BYTES, ZCreateAsset, ZUpdateAsset } from './asset-schemas';
import { actorIn, appError, auditRows, newAsset, next, plantWorld } from './plant-test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

describe('sites and units', () => {
  it('creates, reads, renames and audits a site; codes are unique per tenant whatever the case', async () => {
    const { admin } = await plantWorld();
    const code = `Ryd-${next()}`;
    const site = await createSite(admin, { code, nameAr: 'الرياض', nameEn: 'Riyadh' });
    expect(await getSite(admin, site.id)).toMatchObject({ code, nameAr: 'الرياض', nameEn: 'Riyadh' });
    const taken = await appError(createSite(admin, { code: code.toUpperCase(), nameAr: 'س', nameEn: 'S' }));
    // The form shows it on the field that caused it.
    expect([taken.status, taken.code, taken.details?.field]).toEqual([409, 'site_code_taken', 'code']);
    // Another tenant may use the same code.
    const other = actorIn((await createTenant()).id);
    await expect(createSite(other, { code, nameAr: 'س', nameEn: 'S' })).resolves.toMatchObject({ code });

    await updateSite(admin, site.id, { nameEn: 'Riyadh plant' });
    const rows = await auditRows(admin.tenantId!, site.id);
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ['site.create', null, { code, nameAr: 'الرياض', nameEn: 'Riyadh' }],
      ['site.update', { nameEn: 'Riyadh' }, { nameEn: 'Riyadh plant' }],
    ]);
  });

  it('a code another unit or site has answers 409 naming the code field, on create and on rename', async () => {
    const { admin, site } = await plantWorld();
    const code = `u-${next()}`;
    await createUnit(admin, { siteId: site.id, code, nameAr: 'و', nameEn: 'U' });
    const second = await createUnit(admin, { siteId: site.id, code: `U-${next()}`, nameAr: 'و', nameEn: 'U' });
    for (const attempt of [
      createUnit(admin, { siteId: site.id, code: code.toUpperCase(), nameAr: 'و', nameEn: 'U' }),
      updateUnit(admin, second.id, { code: code.toUpperCase() }),
    ]) {
      const taken = await appError(attempt);
      expect([taken.status, taken.code, taken.details?.field]).toEqual([409, 'unit_code_taken', 'code']);
    }
    const other = await createSite(admin, { code: `S-${next()}`, nameAr: 'س', nameEn: 'S' });
    const renamed = await appError(updateSite(admin, other.id, { code: site.code.toLowerCase() }));
    expect([renamed.status, renamed.code, renamed.details?.field]).toEqual([409, 'site_code_taken', 'code']);
  });

  it('a unit needs a site of the same tenant (400 on siteId), and lists filter by site', async () => {
    const { admin, site, unit } = await plantWorld();
    const foreign = await plantWorld();
    const error = await appError(
      createUnit(admin, { siteId: foreign.site.id, code: `U-${next()}`, nameAr: 'و', nameEn: 'U' }),
    );
    expect([error.status, error.details]).toEqual([
      400,
      { errors: [{ path: 'siteId', message: 'plant.validation.notFound' }] },
    ]);
    const units = await listUnits(admin, ZListUnits.parse({ site_id: site.id }));
    expect(units).toMatchObject({ total: 1, page: 1, pageCount: 1, items: [{ id: unit.id, siteId: site.id }] });
    const sites = await listSites(admin, ZListSites.parse({}));
    expect(sites.items.map((s) => s.id)).toEqual([site.id]);
  });

  it("another tenant's site or unit is 404, like a malformed id", async () => {
    const { admin } = await plantWorld();
    const foreign = await plantWorld();
    for (const call of [
      getSite(admin, foreign.site.id),
      getUnit(admin, foreign.unit.id),
      updateSite(admin, foreign.site.id, { nameEn: 'Taken over' }),
      getSite(admin, 'not-a-uuid'),
      getSite(admin, crypto.randomUUID()),
    ]) {
      expect((await appError(call)).status).toBe(404);
    }
    expect(await getSite(foreign.admin, foreign.site.id)).toMatchObject({ nameEn: 'Site' });
  });
});

describe('assets', () => {
  it('creates an asset with every field and shows it as stored', async () => {
    const { admin, unit } = await plantWorld();
    const parent = await newAsset(admin, unit.id, { type: 'column' });
    const tag = `P-${next()}A`;
    const asset = await newAsset(admin, unit.id, {
      tag,
      parentId: parent.id,
      criticality: 'A',
      manufacturer: 'Sulzer',
      model: 'MSD-2',
      installDate: '2019-04-30',
      metadata: { impeller_mm: 310, seals: ['API 682'] },
    });
    expect(await getAsset(admin, asset.id)).toMatchObject({
      tag,
      parentId: parent.id,
      criticality: 'A',
      status: 'active',
      manufacturer: 'Sulzer',
      installDate: '2019-04-30',
      metadata: { impeller_mm: 310, seals: ['API 682'] },
      unit: { id: unit.id },
    });
  });

  it('tags are unique per tenant case-insensitively (409), on create and on rename', async () => {
    const { admin, unit } = await plantWorld();
    const tag = `k-${next()}`;
    const first = await newAsset(admin, unit.id, { tag });
    const dup = await appError(newAsset(admin, unit.id, { tag: tag.toUpperCase() }));
    expect([dup.status, dup.code, dup.details?.field]).toEqual([409, 'asset_tag_taken', 'tag']);
    const second = await newAsset(admin, unit.id);
    const rename = await appError(updateAsset(admin, second.id, ZUpdateAsset.parse({ tag: ` ${tag.toUpperCase()} ` })));
    expect([rename.status, rename.code, rename.details?.field]).toEqual([409, 'asset_tag_taken', 'tag']);
    // Renaming an asset to its own tag in another case is fine.
    await expect(updateAsset(admin, first.id, { tag: tag.toUpperCase() })).resolves.toMatchObject({
      tag: tag.toUpperCase(),
    });
  });

  it('refuses a parent or unit of another tenant (400 on the field) and a parent cycle', async () => {
    const { admin, unit } = await plantWorld();
    const foreign = await plantWorld();
    const foreignAsset = await newAsset(foreign.admin, foreign.unit.id);
    const parent = await appError(newAsset(admin, unit.id, { parentId: foreignAsset.id }));
    expect([parent.status, parent.details]).toEqual([
      400,
      { errors: [{ path: 'parentId', message: 'plant.validation.notFound' }] },
    ]);
    const inForeignUnit = await appError(newAsset(admin, foreign.unit.id));
    expect([inForeignUnit.status, inForeignUnit.details]).toEqual([
      400,
      { errors: [{ path: 'unitId', message: 'plant.validation.notFound' }] },
    ]);
    const top = await newAsset(admin, unit.id);
    const child = await newAsset(admin, unit.id, { parentId: top.id });
    for (const parentId of [top.id, child.id]) {
      const cycle = await appError(updateAsset(admin, top.id, { parentId }));
      expect([cycle.status, cycle.details]).toEqual([
        400,
        { errors: [{ path: 'parentId', message: 'plant.validation.parentCycle' }] },
      ]);
    }
  });

  it('validates input: metadata size, enums, dates, tags and unknown fields', () => {
    const base = { unitId: crypto.randomUUID(), tag: 'P-1', nameAr: 'م', nameEn: 'P', type: 'pump', criticality: 'A' };
    const fits = { blob: 'x'.repeat(METADATA_MAX_BYTES - 20) };
    expect(ZCreateAsset.safeParse({ ...base, metadata: fits }).success).toBe(true);
    const tooLarge = ZCreateAsset.safeParse({ ...base, metadata: { blob: 'x'.repeat(METADATA_MAX_BYTES) } });
    expect(tooLarge.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['metadata', 'plant.validation.metadataTooLarge'],
    ]);
    // Multi-byte text counts in bytes, not characters.
    const arabic = ZCreateAsset.safeParse({ ...base, metadata: { note: 'ب'.repeat(METADATA_MAX_BYTES / 2) } });
    expect(arabic.success).toBe(false);
    const bad = (patch: Record<string, unknown>) => ZCreateAsset.safeParse({ ...base, ...patch }).error?.issues[0];
    expect(bad({ metadata: [1, 2] })?.message).toBe('plant.validation.metadata');
    expect(bad({ type: 'spaceship' })?.message).toBe('plant.validation.assetType');
    expect(bad({ criticality: 'D' })?.message).toBe('plant.validation.criticality');
    expect(bad({ installDate: '2019-02-30' })?.message).toBe('plant.validation.date');
    expect(bad({ tag: 'P 101' })?.message).toBe('plant.validation.tag');
    expect(bad({ nameEn: '   ' })?.message).toBe('plant.validation.nameRequired');
    expect(bad({ tenantId: crypto.randomUUID() })?.message).toBe('plant.validation.unknownField');
    expect(bad({ manufacturer: 'Acme\u202E' })?.message).toBe('plant.validation.invisibleCharacters');
  });

  it('retires an asset with history instead of deleting it; deletes one with nothing attached', async () => {
    const { admin, unit } = await plantWorld();
    const withSignal = await newAsset(admin, unit.id);
    await createSignal(admin, { assetId: withSignal.id, tag: `XMEAS-${next()}`, kind: 'measurement' });
    const withLink = await newAsset(admin, unit.id);
    const downstream = await newAsset(admin, unit.id);
    await createAssetLink(admin, { fromAssetId: withLink.id, toAssetId: downstream.id, medium: 'feed' });
    for (const asset of [withSignal, withLink, downstream]) {
      // The pages ask first and offer no Delete that would be refused.
      expect(await assetDeleteBlocker(admin, asset.id)).toEqual({
        code: 'asset_has_history',
        messageKey: 'plant.errors.assetHasHistory',
      });
      const refused = await appError(deleteAsset(admin, asset.id));
      expect([refused.status, refused.code, refused.messageKey]).toEqual([
        409,
        'asset_has_history',
        'plant.errors.assetHasHistory',
      ]);
    }
    const retired = await updateAsset(admin, withSignal.id, { status: 'retired' });
    expect(retired.status).toBe('retired');
    expect((await auditRows(admin.tenantId!, withSignal.id)).map((r) => [r.action, r.before, r.after])).toEqual([
      ['asset.create', null, expect.objectContaining({ tag: withSignal.tag })],
      ['asset.retire', { status: 'active' }, { status: 'retired' }],
    ]);

    const parent = await newAsset(admin, unit.id);
    await newAsset(admin, unit.id, { parentId: parent.id });
    expect((await appError(deleteAsset(admin, parent.id))).code).toBe('asset_has_children');
    expect((await assetDeleteBlocker(admin, parent.id))?.messageKey).toBe('plant.errors.assetHasChildren');

    const lonely = await newAsset(admin, unit.id);
    expect(await assetDeleteBlocker(admin, lonely.id)).toBeNull();
    await deleteAsset(admin, lonely.id);
    expect((await appError(getAsset(admin, lonely.id))).status).toBe(404);
    expect((await auditRows(admin.tenantId!, lonely.id)).map((r) => r.action)).toEqual([
      'asset.create',
      'asset.delete',
    ]);
  });

  it('the audit log names a plant target by its tag or code, linked to its page while it exists', async () => {
    const { admin, site, unit } = await plantWorld();
    const kept = await newAsset(admin, unit.id);
    const gone = await newAsset(admin, unit.id);
    await deleteAsset(admin, gone.id);
    const log = await listAuditLog(admin, ZAuditFilters.parse({ pageSize: 100 }));
    const entry = (action: string, id: string) => log.items.find((i) => i.action === action && i.targetId === id);
    expect(entry('asset.create', kept.id)).toMatchObject({ targetName: kept.tag, targetHref: `/assets/${kept.id}` });
    expect(entry('site.create', site.id)).toMatchObject({ targetName: site.code, targetHref: `/sites/${site.id}` });
    expect(entry('unit.create', unit.id)).toMatchObject({ targetName: unit.code, targetHref: `/units/${unit.id}` });
    // Deleted: the tag as the entry recorded it, with no link.
    expect(entry('asset.delete', gone.id)).toMatchObject({ targetName: gone.tag, targetHref: null });
    expect(entry('asset.create', gone.id)).toMatchObject({ targetName: gone.tag, targetHref: null });
  });

  it("another tenant's asset is 404 for read, update and delete, and stays unchanged", async () => {
    const { admin } = await plantWorld();
    const foreign = await plantWorld();
    const theirs = await newAsset(foreign.admin, foreign.unit.id);
    for (const call of [
      getAsset(admin, theirs.id),
      updateAsset(admin, theirs.id, { status: 'retired' }),
      deleteAsset(admin, theirs.id),
    ]) {
      expect((await appError(call)).status).toBe(404);
    }
    expect(await getAsset(foreign.admin, theirs.id)).toMatchObject({ status: 'active' });
  });

  it('lists with filters, search, sort and server pagination', async () => {
    const { admin, site, unit } = await plantWorld();
    const unit2 = await createUnit(admin, { siteId: site.id, code: `U-${next()}`, nameAr: 'و٢', nameEn: 'Unit 2' });
    const pump = await newAsset(admin, unit.id, { tag: 'P-100', criticality: 'A', nameEn: 'Feed pump' });
    const tank = await newAsset(admin, unit2.id, { tag: 't-200', type: 'tank', nameEn: 'Storage 50%' });
    const old = await newAsset(admin, unit.id, { tag: 'V-300', type: 'valve', status: 'retired' });
    const foreign = await plantWorld();
    await newAsset(foreign.admin, foreign.unit.id, { tag: 'P-101' });
    const list = (q: Record<string, unknown>) =>
      listAssets(admin, ZListAssets.parse(q)).then((r) => ({ ...r, tags: r.items.map((i) => i.tag) }));

    expect((await list({})).tags).toEqual(['P-100', 't-200', 'V-300']);
    expect((await list({ unit_id: unit.id })).tags).toEqual(['P-100', 'V-300']);
    expect((await list({ site_id: site.id })).total).toBe(3);
    expect((await list({ site_id: foreign.site.id })).total).toBe(0);
    expect((await list({ type: 'tank' })).tags).toEqual([tank.tag]);
    expect((await list({ criticality: 'A' })).tags).toEqual([pump.tag]);
    expect((await list({ status: 'retired' })).tags).toEqual([old.tag]);
    expect((await list({ q: 'feed' })).tags).toEqual(['P-100']);
    expect((await list({ q: '50%' })).tags).toEqual(['t-200']);
    expect((await list({ q: '%' })).tags).toEqual(['t-200']);
    expect((await list({ sort: 'tag', dir: 'desc' })).tags).toEqual(['V-300', 't-200', 'P-100']);
    const page2 = await list({ pageSize: 2, page: 2 });
    expect([page2.tags, page2.total, page2.pageCount, page2.pageSize]).toEqual([['V-300'], 3, 2, 2]);
    expect(ZListAssets.safeParse({ pageSize: 1000 }).success).toBe(false);
  });
});

describe('asset links', () => {
  it('links two assets of the tenant, refuses duplicates, self-links and foreign ends, deletes', async () => {
    const { admin, unit } = await plantWorld();
    const a = await newAsset(admin, unit.id);
    const b = await newAsset(admin, unit.id);
    const link = await createAssetLink(admin, { fromAssetId: a.id, toAssetId: b.id, medium: 'cooling_water' });
    expect(link).toMatchObject({ fromAsset: { tag: a.tag }, toAsset: { tag: b.tag }, medium: 'cooling_water' });
    const dup = await appError(createAssetLink(admin, { fromAssetId: a.id, toAssetId: b.id, medium: 'cooling_water' }));
    expect([dup.status, dup.code]).toEqual([409, 'asset_link_exists']);
    // The same pair with another medium is another link.
    await createAssetLink(admin, { fromAssetId: a.id, toAssetId: b.id, medium: 'steam' });

    const foreign = await plantWorld();
    const theirs = await newAsset(foreign.admin, foreign.unit.id);
    const cross = await appError(createAssetLink(admin, { fromAssetId: a.id, toAssetId: theirs.id, medium: 'feed' }));
    expect([cross.status, cross.details]).toEqual([
      400,
      { errors: [{ path: 'toAssetId', message: 'plant.validation.notFound' }] },
    ]);
    expect((await appError(deleteAssetLink(foreign.admin, link.id))).status).toBe(404);

    const listed = await listAssetLinks(admin, ZListAssetLinks.parse({ asset_id: b.id }));
    expect(listed.total).toBe(2);
    await deleteAssetLink(admin, link.id);
    expect((await listAssetLinks(admin, ZListAssetLinks.parse({ asset_id: b.id }))).total).toBe(1);
    expect((await auditRows(admin.tenantId!, link.id)).map((r) => r.action)).toEqual([
      'asset_link.create',
      'asset_link.delete',
    ]);
  });
});
