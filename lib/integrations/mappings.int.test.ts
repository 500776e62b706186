// The mapping half of the integrations API (services as the routes call them): create/update/delete
// with their refusals, health and coverage, unmapped tags seen, RBAC, tenant isolation, revision
// bumps and audit; test connection and browse answers.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { integrationRow, integrationWorld, createIntegration } from '../test/system-integration-fixtures';
import { actorIn, appError, auditRows, plantWorld } from '../plant/plant-test-helpers';
import { ingestReadings } from './system-ingest-readings';
import { createMapping, deleteMapping, listMappings, updateMapping } from './mappings';
import { listUnmappedTags } from './list-unmapped-tags';
import { testIntegration } from './test-integration';
import { browseIntegration } from './browse-integration';
import { ZCreateMapping } from './integration-schemas';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const PAGE = { page: 1, pageSize: 50 };

describe('signal mappings', () => {
  it('maps a tag to a signal, bumps the revision, audits, and lists it with its asset and coverage', async () => {
    const w = await integrationWorld({ units: ['bar', 'bar'] });
    const before = await integrationRow(w.tenantId, w.integrationId);
    const view = await createMapping(
      w.admin,
      w.integrationId,
      ZCreateMapping.parse({ externalTag: 'plant/p1/pressure', signalId: w.signalIds[0], sourceUnit: 'kPa' }),
      'en',
    );
    expect(view).toMatchObject({
      externalTag: 'plant/p1/pressure',
      signalId: w.signalIds[0],
      sourceUnit: 'kPa',
      scale: 1,
      offset: 0,
      signal: { assetId: w.assetId, assetName: 'Pump', unit: 'bar' },
      health: { state: 'no_data', lastValue: null },
    });
    expect((await integrationRow(w.tenantId, w.integrationId))!.revision).toBe(before!.revision + 1);
    expect((await auditRows(w.tenantId, view.id)).map((r) => r.action)).toEqual(['integration_mapping.create']);

    const list = await listMappings(w.admin, w.integrationId, PAGE, 'ar');
    expect(list.total).toBe(1);
    expect(list.items[0]!.signal.assetName).toBe('مضخة');
    expect(list.coverage).toEqual([expect.objectContaining({ assetId: w.assetId, mappedSignals: 1, totalSignals: 2 })]);
  });

  it('refuses a tag mapped twice (409), a foreign signal (404) and a unit that cannot convert (400)', async () => {
    const w = await integrationWorld({ units: ['bar'] });
    const other = await integrationWorld({ units: ['bar'] });
    const input = { externalTag: 'ns=2;s=P1', signalId: w.signalIds[0]! };
    await createMapping(w.admin, w.integrationId, ZCreateMapping.parse(input), 'en');
    expect((await appError(createMapping(w.admin, w.integrationId, ZCreateMapping.parse(input), 'en'))).code).toBe(
      'mapping_tag_taken',
    );
    const foreign = await appError(
      createMapping(
        w.admin,
        w.integrationId,
        ZCreateMapping.parse({ externalTag: 'x', signalId: other.signalIds[0] }),
        'en',
      ),
    );
    expect([foreign.status, foreign.code]).toEqual([404, 'signal_not_found']);
    const unit = await appError(
      createMapping(
        w.admin,
        w.integrationId,
        ZCreateMapping.parse({ externalTag: 'y', signalId: w.signalIds[0], sourceUnit: '°C' }),
        'en',
      ),
    );
    expect([unit.status, unit.code]).toEqual([400, 'mapping_unit_incompatible']);
    // another tenant cannot even see the integration
    expect((await appError(listMappings(other.admin, w.integrationId, PAGE, 'en'))).status).toBe(404);
  });

  it('reads health from the data: ok once values arrive, and the tag leaves the unmapped list when mapped', async () => {
    const w = await integrationWorld({ units: [null] });
    const now = new Date();
    const readings = [0, 1, 2].map((i) => ({
      externalTag: 'plant/p1/flow',
      ts: new Date(now.getTime() - (3 - i) * 1000),
      value: 10 + i,
      quality: 'good' as const,
    }));
    await ingestReadings({ tenantId: w.tenantId, integrationId: w.integrationId }, readings, { now });
    const unmapped = await listUnmappedTags(w.admin, w.integrationId, PAGE);
    expect(unmapped.items).toEqual([
      expect.objectContaining({ externalTag: 'plant/p1/flow', lastValue: 12, count: 3 }),
    ]);

    await createMapping(
      w.admin,
      w.integrationId,
      ZCreateMapping.parse({ externalTag: 'plant/p1/flow', signalId: w.signalIds[0] }),
      'en',
    );
    expect((await listUnmappedTags(w.admin, w.integrationId, PAGE)).total).toBe(0);
    const later = readings.map((r) => ({ ...r, ts: new Date(r.ts.getTime() + 500), value: r.value + 1 }));
    await ingestReadings({ tenantId: w.tenantId, integrationId: w.integrationId }, later, { now });
    const [mapping] = (await listMappings(w.admin, w.integrationId, PAGE, 'en')).items;
    expect(mapping!.health).toMatchObject({ state: 'ok', lastValue: 13 });

    // A frozen transmitter: the newest ten values all equal read flatlined.
    const frozen = Array.from({ length: 10 }, (_, i) => ({
      externalTag: 'plant/p1/flow',
      ts: new Date(now.getTime() - 400 + i * 20),
      value: 7,
      quality: 'good' as const,
    }));
    await ingestReadings({ tenantId: w.tenantId, integrationId: w.integrationId }, frozen, { now });
    const [flat] = (await listMappings(w.admin, w.integrationId, PAGE, 'en')).items;
    expect(flat!.health).toMatchObject({ state: 'flatlined', lastValue: 7 });
  });

  it('changes and deletes a mapping, each bumping the revision; a mapping of another integration is 404', async () => {
    const w = await integrationWorld({ units: ['bar'] });
    const view = await createMapping(
      w.admin,
      w.integrationId,
      ZCreateMapping.parse({ externalTag: 'a', signalId: w.signalIds[0] }),
      'en',
    );
    const changed = await updateMapping(w.admin, w.integrationId, view.id, { scale: 2, deadband: 0.5 }, 'en');
    expect(changed).toMatchObject({ scale: 2, deadband: 0.5 });
    expect((await appError(updateMapping(w.admin, w.integrationId, view.id, { sourceUnit: 'rpm' }, 'en'))).code).toBe(
      'mapping_unit_incompatible',
    );
    const elsewhere = await createIntegration(w.tenantId, 'mqtt');
    expect((await appError(deleteMapping(w.admin, elsewhere.id, view.id))).status).toBe(404);
    const revision = (await integrationRow(w.tenantId, w.integrationId))!.revision;
    await deleteMapping(w.admin, w.integrationId, view.id);
    expect((await integrationRow(w.tenantId, w.integrationId))!.revision).toBe(revision + 1);
    expect((await listMappings(w.admin, w.integrationId, PAGE, 'en')).total).toBe(0);
  });

  it('lets engineers read mappings but only tenant_admin change them; viewers read neither', async () => {
    const w = await integrationWorld({ units: ['bar'] });
    const engineer = actorIn(w.tenantId, 'engineer');
    const viewer = actorIn(w.tenantId, 'viewer');
    expect((await listMappings(engineer, w.integrationId, PAGE, 'en')).total).toBe(0);
    expect((await listUnmappedTags(engineer, w.integrationId, PAGE)).total).toBe(0);
    const input = ZCreateMapping.parse({ externalTag: 'a', signalId: w.signalIds[0] });
    expect((await appError(createMapping(engineer, w.integrationId, input, 'en'))).status).toBe(403);
    expect((await appError(listMappings(viewer, w.integrationId, PAGE, 'en'))).status).toBe(403);
    expect((await appError(listUnmappedTags(viewer, w.integrationId, PAGE))).status).toBe(403);
  });
});

describe('test connection and browse', () => {
  it('answers ok for the demo kind, a problem (not an error) for an unreachable broker, 409 browse for push kinds', async () => {
    const { admin } = await plantWorld();
    expect(await testIntegration(admin, { kind: 'demo', config: {} })).toMatchObject({ ok: true });
    const refused = await testIntegration(admin, {
      kind: 'mqtt',
      config: { url: 'mqtt://169.254.169.254:1883', topics: ['plant/#'], payload: { format: 'number' } },
    });
    expect(refused).toMatchObject({ ok: false, code: 'address_refused' });
    const demo = await createIntegration(admin.tenantId!, 'demo');
    expect((await appError(browseIntegration(admin, demo.id))).code).toBe('browse_unsupported');
    expect(
      (await appError(testIntegration(actorIn(admin.tenantId!, 'engineer'), { kind: 'demo', config: {} }))).status,
    ).toBe(403);
  });
});
