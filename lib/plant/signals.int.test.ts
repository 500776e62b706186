// Signals: limits in order (also when a patch gives only some), tag names unique per tenant
// case-insensitively (409), asset of the same tenant, foreign ids 404, list by asset, audit rows.
import crypto from 'node:crypto';
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { createSignal } from './create-signal';
import { updateSignal } from './update-signal';
import { getSignal, listSignals, ZListSignals } from './list-signals';
import { limitOrderErrors, ZCreateSignal, ZUpdateSignal } from './signal-schemas';
import { ZCreateAssetLink } from './asset-schemas';
import { appError, auditRows, newAsset, next, plantWorld } from './plant-test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const limits = {
  criticalLow: 0,
  warningLow: 10,
  normalLow: 20,
  normalHigh: 80,
  warningHigh: 90,
  criticalHigh: 100,
};

describe('limit order', () => {
  it('accepts ordered limits, equal neighbours, and any subset in order', () => {
    expect(limitOrderErrors(limits)).toEqual([]);
    expect(limitOrderErrors({ ...limits, warningLow: 20, warningHigh: 80 })).toEqual([]);
    expect(limitOrderErrors({ criticalLow: 5, criticalHigh: 6 })).toEqual([]);
    expect(limitOrderErrors({})).toEqual([]);
  });

  it('names the limits out of order, comparing given limits across gaps', () => {
    expect(limitOrderErrors({ ...limits, warningLow: 25 })).toEqual(['normalLow']);
    expect(limitOrderErrors({ normalLow: 50, normalHigh: 50 })).toEqual(['normalHigh']);
    expect(limitOrderErrors({ criticalLow: 30, normalHigh: 20 })).toEqual(['normalHigh']);
    expect(limitOrderErrors({ warningHigh: 95, criticalHigh: 90 })).toEqual(['criticalHigh']);
  });

  it('blames only the field that breaks the order, not every limit after it', () => {
    // A typo in the lowest limit: it alone is out of place.
    expect(limitOrderErrors({ ...limits, criticalLow: 200 })).toEqual(['criticalLow']);
    // Warning high below normal high: on warning high (critical high is still above both).
    expect(limitOrderErrors({ ...limits, warningHigh: 50 })).toEqual(['warningHigh']);
    expect(limitOrderErrors({ ...limits, normalLow: 95 })).toEqual(['normalLow']);
    const base = { assetId: crypto.randomUUID(), tag: 'FI-2', kind: 'measurement' };
    const r = ZCreateSignal.safeParse({ ...base, ...limits, warningHigh: 50 });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['warningHigh', 'plant.validation.limitsOrder'],
    ]);
  });

  it('the schema reports each offending field and refuses non-numbers', () => {
    const base = { assetId: crypto.randomUUID(), tag: 'FI-1', kind: 'measurement' };
    const r = ZCreateSignal.safeParse({ ...base, ...limits, normalHigh: 15 });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['normalHigh', 'plant.validation.limitsOrder'],
    ]);
    expect(ZCreateSignal.safeParse({ ...base, normalLow: '3' }).success).toBe(false);
    expect(ZCreateSignal.safeParse({ ...base, sampleIntervalSeconds: 0.5 }).success).toBe(false);
    expect(ZCreateSignal.safeParse({ ...base, kind: 'guess' }).error?.issues[0]?.message).toBe(
      'plant.validation.signalKind',
    );
    expect(ZCreateSignal.safeParse({ ...base, tag: 'FI\u200B1' }).error?.issues[0]?.message).toBe(
      'plant.validation.signalTag',
    );
    expect(
      ZCreateAssetLink.safeParse({ fromAssetId: base.assetId, toAssetId: base.assetId, medium: 'feed' }).success,
    ).toBe(false);
  });
});

describe('signals', () => {
  it('creates a signal with its limits, lists it by asset and audits it', async () => {
    const { admin, unit } = await plantWorld();
    const asset = await newAsset(admin, unit.id);
    const other = await newAsset(admin, unit.id);
    const tag = `XMEAS(${next()})`;
    const signal = await createSignal(
      admin,
      ZCreateSignal.parse({
        assetId: asset.id,
        tag,
        description: 'Reactor pressure',
        unit: 'kPa gauge',
        kind: 'measurement',
        ...limits,
        sampleIntervalSeconds: 3,
      }),
    );
    expect(await getSignal(admin, signal.id)).toMatchObject({
      tag,
      unit: 'kPa gauge',
      ...limits,
      sampleIntervalSeconds: 3,
    });
    await createSignal(admin, { assetId: other.id, tag: `OTHER-${next()}`, kind: 'state' });
    const listed = await listSignals(admin, ZListSignals.parse({ asset_id: asset.id }));
    expect([listed.total, listed.items.map((s) => s.id)]).toEqual([1, [signal.id]]);
    expect((await auditRows(admin.tenantId!, signal.id)).map((r) => r.action)).toEqual(['signal.create']);
  });

  it('tag names are unique per tenant case-insensitively (409)', async () => {
    const { admin, unit } = await plantWorld();
    const asset = await newAsset(admin, unit.id);
    const tag = `ns=2;s=Line1.Flow${next()}`;
    await createSignal(admin, { assetId: asset.id, tag, kind: 'measurement' });
    const dup = await appError(createSignal(admin, { assetId: asset.id, tag: tag.toUpperCase(), kind: 'setpoint' }));
    expect([dup.status, dup.code, dup.details?.field]).toEqual([409, 'signal_tag_taken', 'tag']);
    const foreign = await plantWorld();
    const theirAsset = await newAsset(foreign.admin, foreign.unit.id);
    await expect(
      createSignal(foreign.admin, { assetId: theirAsset.id, tag, kind: 'measurement' }),
    ).resolves.toMatchObject({ tag });
  });

  it('a patch is checked against the stored limits; null clears a limit', async () => {
    const { admin, unit } = await plantWorld();
    const asset = await newAsset(admin, unit.id);
    const signal = await createSignal(admin, {
      assetId: asset.id,
      tag: `TI-${next()}`,
      kind: 'measurement',
      ...limits,
    });
    const error = await appError(updateSignal(admin, signal.id, ZUpdateSignal.parse({ warningHigh: 120 })));
    expect([error.status, error.details]).toEqual([
      400,
      { errors: [{ path: 'warningHigh', message: 'plant.validation.limitsOrder' }] },
    ]);
    const updated = await updateSignal(admin, signal.id, ZUpdateSignal.parse({ criticalHigh: null, warningHigh: 120 }));
    expect(updated).toMatchObject({ warningHigh: 120, criticalHigh: null });
    const rows = await auditRows(admin.tenantId!, signal.id);
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ['signal.create', null, expect.any(Object)],
      ['signal.update', { warningHigh: 90, criticalHigh: 100 }, { warningHigh: 120, criticalHigh: null }],
    ]);
  });

  it("refuses an asset of another tenant (400), and another tenant's signal is 404", async () => {
    const { admin, unit } = await plantWorld();
    const mine = await newAsset(admin, unit.id);
    const foreign = await plantWorld();
    const theirAsset = await newAsset(foreign.admin, foreign.unit.id);
    const cross = await appError(createSignal(admin, { assetId: theirAsset.id, tag: `X-${next()}`, kind: 'alarm' }));
    expect([cross.status, cross.details]).toEqual([
      400,
      { errors: [{ path: 'assetId', message: 'plant.validation.notFound' }] },
    ]);
    const theirs = await createSignal(foreign.admin, { assetId: theirAsset.id, tag: `Y-${next()}`, kind: 'alarm' });
    expect((await appError(getSignal(admin, theirs.id))).status).toBe(404);
    expect((await appError(updateSignal(admin, theirs.id, { assetId: mine.id }))).status).toBe(404);
    const move = await appError(updateSignal(foreign.admin, theirs.id, { assetId: mine.id }));
    expect(move.status).toBe(400);
    expect(await getSignal(foreign.admin, theirs.id)).toMatchObject({ assetId: theirAsset.id });
  });
});
