// RBAC on every plant service, per tenant role: tenant_admin, reliability_engineer and engineer
// write the plant model; optimization_engineer and viewer only read (403 on every write, nothing
// changes). The HTTP layer checks the same permissions (e2e/plant-api.spec.ts).
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { TENANT_ROLES, type RoleName } from '../rbac/permissions';
import { createSite } from './create-site';
import { updateSite } from './update-site';
import { getSite, listSites, ZListSites } from './list-sites';
import { createUnit } from './create-unit';
import { updateUnit } from './update-unit';
import { listUnits, ZListUnits } from './list-units';
import { createAsset } from './create-asset';
import { updateAsset } from './update-asset';
import { deleteAsset } from './delete-asset';
import { listAssets, ZListAssets } from './list-assets';
import { createAssetLink } from './create-asset-link';
import { deleteAssetLink } from './delete-asset-link';
import { listAssetLinks, ZListAssetLinks } from './list-asset-links';
import { createSignal } from './create-signal';
import { updateSignal } from './update-signal';
import { listSignals, ZListSignals } from './list-signals';
import { ZCreateAsset } from './asset-schemas';
import { actorIn, appError, newAsset, next, plantWorld } from './plant-test-helpers';
import type { PlantActor } from './plant-actor';

jest.setTimeout(120_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const WRITERS: RoleName[] = ['tenant_admin', 'reliability_engineer', 'engineer'];

/** Every write, each on its own fresh objects so one role's success does not change another's case. */
async function writes(world: Awaited<ReturnType<typeof plantWorld>>) {
  const { admin, site, unit } = world;
  const a = await newAsset(admin, unit.id);
  const b = await newAsset(admin, unit.id);
  const lonely = await newAsset(admin, unit.id);
  const link = await createAssetLink(admin, { fromAssetId: a.id, toAssetId: b.id, medium: 'product' });
  const signal = await createSignal(admin, { assetId: a.id, tag: `S-${next()}`, kind: 'measurement' });
  const asset = ZCreateAsset.parse({
    unitId: unit.id,
    tag: `N-${next()}`,
    nameAr: 'ن',
    nameEn: 'N',
    type: 'tank',
    criticality: 'C',
  });
  return {
    'site.create': (x: PlantActor) => createSite(x, { code: `S-${next()}`, nameAr: 'م', nameEn: 'S' }),
    'site.update': (x: PlantActor) => updateSite(x, site.id, { nameEn: `Site ${next()}` }),
    'unit.create': (x: PlantActor) => createUnit(x, { siteId: site.id, code: `U-${next()}`, nameAr: 'و', nameEn: 'U' }),
    'unit.update': (x: PlantActor) => updateUnit(x, unit.id, { nameEn: `Unit ${next()}` }),
    'asset.create': (x: PlantActor) => createAsset(x, asset),
    'asset.update': (x: PlantActor) => updateAsset(x, a.id, { nameEn: `Pump ${next()}` }),
    'asset.delete': (x: PlantActor) => deleteAsset(x, lonely.id),
    'asset_link.create': (x: PlantActor) =>
      createAssetLink(x, { fromAssetId: b.id, toAssetId: a.id, medium: 'recycle' }),
    'asset_link.delete': (x: PlantActor) => deleteAssetLink(x, link.id),
    'signal.create': (x: PlantActor) => createSignal(x, { assetId: b.id, tag: `T-${next()}`, kind: 'setpoint' }),
    'signal.update': (x: PlantActor) => updateSignal(x, signal.id, { description: `d ${next()}` }),
  };
}

describe.each(TENANT_ROLES)('%s', (role) => {
  const mayWrite = WRITERS.includes(role);

  it(`${mayWrite ? 'may' : 'may not'} make every plant write`, async () => {
    const world = await plantWorld();
    const actor = actorIn(world.tenant.id, role);
    for (const [name, write] of Object.entries(await writes(world))) {
      if (mayWrite) {
        await expect(write(actor)).resolves.not.toThrow();
      } else {
        const error = await appError(write(actor));
        expect([name, error.status, error.code]).toEqual([name, 403, 'forbidden']);
      }
    }
    if (!mayWrite) {
      // Nothing changed: still one site, one unit, the three assets of the setup.
      const admin = world.admin;
      expect((await listSites(admin, ZListSites.parse({}))).total).toBe(1);
      expect((await listAssets(admin, ZListAssets.parse({}))).total).toBe(3);
    }
  });

  it('may read sites, units, assets, links and signals', async () => {
    const world = await plantWorld();
    const actor = actorIn(world.tenant.id, role);
    await newAsset(world.admin, world.unit.id);
    expect((await listSites(actor, ZListSites.parse({}))).total).toBe(1);
    expect(await getSite(actor, world.site.id)).toMatchObject({ id: world.site.id });
    expect((await listUnits(actor, ZListUnits.parse({}))).total).toBe(1);
    expect((await listAssets(actor, ZListAssets.parse({}))).total).toBe(1);
    expect((await listAssetLinks(actor, ZListAssetLinks.parse({}))).total).toBe(0);
    expect((await listSignals(actor, ZListSignals.parse({}))).total).toBe(0);
  });
});

it('a platform owner outside a tenant is refused (403), and tenantDb needs a tenant', async () => {
  const world = await plantWorld();
  expect((await appError(listAssets({ ...world.admin, role: 'platform_owner' }, ZListAssets.parse({})))).status).toBe(
    403,
  );
  expect((await appError(listAssets({ ...world.admin, tenantId: null }, ZListAssets.parse({})))).status).toBe(400);
});
