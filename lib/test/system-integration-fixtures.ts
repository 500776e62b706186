/**
 * Fixtures of the integration tests of the ingest runtime (not a test file): a tenant with an
 * asset's signals, an integration and mappings written straight to the tables, as the API would.
 */
import { db } from '../db/client';
import type { IntegrationKind } from '../connectors/connector';
import { createSignal } from '../plant/create-signal';
import { ZCreateSignal } from '../plant/signal-schemas';
import { newAsset, next, plantWorld } from '../plant/plant-test-helpers';

/** A tenant with one asset whose signals have the given units, and one integration of `kind`. */
export async function integrationWorld(options: { kind?: IntegrationKind; units?: (string | null)[] } = {}) {
  const { tenant, admin, unit } = await plantWorld();
  const asset = await newAsset(admin, unit.id);
  const signalIds: string[] = [];
  for (const signalUnit of options.units ?? [null]) {
    const signal = await createSignal(
      admin,
      ZCreateSignal.parse({
        assetId: asset.id,
        tag: `TI-${next()}`,
        kind: 'measurement',
        unit: signalUnit ?? undefined,
      }),
    );
    signalIds.push(signal.id);
  }
  const integration = await createIntegration(tenant.id, options.kind ?? 'mqtt');
  return { tenantId: tenant.id, integrationId: integration.id, assetId: asset.id, signalIds, admin };
}

/** Another integration of the tenant. */
export function createIntegration(tenantId: string, kind: IntegrationKind, fields: { enabled?: boolean } = {}) {
  return db().integration.create({
    data: { tenantId, name: `Source ${next()}`, kind, config: {}, ...fields },
  });
}

export interface MappingFields {
  externalTag: string;
  signalId: string;
  sourceUnit?: string | null;
  scale?: number;
  offset?: number;
  deadband?: number | null;
}

/** Adds a mapping and bumps the integration's revision, as the API does. */
export async function addMapping(tenantId: string, integrationId: string, fields: MappingFields) {
  const mapping = await db().externalSignalMapping.create({ data: { tenantId, integrationId, ...fields } });
  await bumpRevision(tenantId, integrationId);
  return mapping;
}

export async function bumpRevision(tenantId: string, integrationId: string, data: { enabled?: boolean } = {}) {
  await db().integration.update({
    where: { tenantId_id: { tenantId, id: integrationId } },
    data: { ...data, revision: { increment: 1 } },
  });
}

export const integrationRow = (tenantId: string, integrationId: string) =>
  db().integration.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: integrationId } } });
