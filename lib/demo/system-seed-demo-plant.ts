/**
 * Seeds the demo plant (lib/demo/demo-plant.ts) into a tenant, with the replay streams, the
 * backfill range and the demo integration. Idempotent: rows are found by code / tag (case-insensitive keys) and created
 * only when missing; existing rows are left as they are, so a second run changes nothing — except
 * that metadata keys the definition has and an existing asset lacks are added (a database seeded
 * before a key existed gets it; values someone set are never overwritten).
 * Definitions go through the API's zod schemas (limits in order, names, tags), so the seed can
 * never store what the API would refuse.
 */
import { db } from '../db/client';
import { ZAssetMetadata, ZCreateAsset, ZCreateAssetLink } from '../plant/asset-schemas';
import { ZCreateSignal } from '../plant/signal-schemas';
import { ZCreateSite, ZCreateUnit } from '../plant/site-schemas';
import { uniqueKey } from '../plant/plant-text';
import { demoPlant } from './demo-plant';
import { demoStreams } from './demo-streams';
import { demoEnv, type DemoEnv } from './demo-env';
import { ensureDemoIntegration } from './system-demo-integration';

const byKey = <T extends { id: string }>(rows: T[], key: (row: T) => string) =>
  new Map(rows.map((row) => [key(row), row.id]));

function idOf(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(uniqueKey(key));
  if (!id) throw new Error(`demo plant: ${what} ${key} is missing`);
  return id;
}

export async function seedDemoPlant(tenantId: string, options: { now?: Date; settings?: DemoEnv } = {}) {
  const now = options.now ?? new Date();
  const settings = options.settings ?? demoEnv();
  const plant = demoPlant();
  const client = db();

  await client.site.createMany({
    data: plant.sites.map((s) => ({ tenantId, ...ZCreateSite.parse(s), codeKey: uniqueKey(s.code) })),
    skipDuplicates: true,
  });
  const sites = byKey(await client.site.findMany({ where: { tenantId } }), (s) => s.codeKey);

  await client.unit.createMany({
    data: plant.units.map((u) => {
      const unit = ZCreateUnit.parse({
        siteId: idOf(sites, u.site, 'site'),
        code: u.code,
        nameAr: u.nameAr,
        nameEn: u.nameEn,
      });
      return { tenantId, ...unit, codeKey: uniqueKey(u.code) };
    }),
    skipDuplicates: true,
  });
  const units = byKey(await client.unit.findMany({ where: { tenantId } }), (u) => u.codeKey);

  // Parents first: assets without a parent, then their children.
  for (const withParent of [false, true]) {
    const assetIds = byKey(
      await client.asset.findMany({ where: { tenantId }, select: { id: true, tagKey: true } }),
      (a) => a.tagKey,
    );
    await client.asset.createMany({
      data: plant.assets
        .filter((a) => Boolean(a.parent) === withParent)
        .map(({ unit, parent, sim: _sim, ...fields }) => {
          const asset = ZCreateAsset.parse({
            ...fields,
            unitId: idOf(units, unit, 'unit'),
            parentId: parent ? idOf(assetIds, parent, 'asset') : null,
          });
          return {
            tenantId,
            ...asset,
            tagKey: uniqueKey(asset.tag),
            installDate: asset.installDate ? new Date(asset.installDate) : null,
          };
        }),
      skipDuplicates: true,
    });
  }
  const assets = byKey(
    await client.asset.findMany({ where: { tenantId }, select: { id: true, tagKey: true } }),
    (a) => a.tagKey,
  );
  await addMissingMetadata(tenantId, plant.assets);

  await client.assetLink.createMany({
    data: plant.links.map((l) => ({
      tenantId,
      ...ZCreateAssetLink.parse({
        fromAssetId: idOf(assets, l.from, 'asset'),
        toAssetId: idOf(assets, l.to, 'asset'),
        medium: l.medium,
      }),
    })),
    skipDuplicates: true,
  });

  await client.signal.createMany({
    data: plant.signals.map((s) => {
      const signal = ZCreateSignal.parse({
        assetId: idOf(assets, s.asset, 'asset'),
        tag: s.tag,
        description: s.description,
        unit: s.unit,
        kind: s.kind,
        ...s.limits,
        // The coarsest rate the demo promises: its history has one row per backfill step, and an
        // interval finer than that would make every chart of the history read as gaps.
        sampleIntervalSeconds: Math.max(settings.DEMO_REPLAY_INTERVAL_SECONDS, settings.DEMO_BACKFILL_STEP_SECONDS),
      });
      return { tenantId, ...signal, tagKey: uniqueKey(signal.tag) };
    }),
    skipDuplicates: true,
  });

  await client.demoReplay.createMany({
    data: demoStreams().map((s) => ({
      tenantId,
      stream: s.stream,
      sourceId: s.liveSource,
      position: 0,
      advancedAt: now,
    })),
    skipDuplicates: true,
  });
  const from = new Date(now.getTime() - settings.DEMO_BACKFILL_DAYS * 86_400_000);
  await client.demoBackfill.createMany({
    data: [
      {
        tenantId,
        fromTs: from,
        toTs: now,
        cursorTs: now,
        stepSeconds: settings.DEMO_BACKFILL_STEP_SECONDS,
        finishedAt: settings.DEMO_BACKFILL_DAYS === 0 ? now : null,
      },
    ],
    skipDuplicates: true,
  });
  await ensureDemoIntegration(tenantId); // the replay appears as an integration of kind demo
}

/** Adds to existing demo assets the metadata keys of their definition they do not have yet. */
async function addMissingMetadata(tenantId: string, assets: { tag: string; metadata?: Record<string, unknown> }[]) {
  const client = db();
  const defined = new Map(assets.filter((a) => a.metadata).map((a) => [uniqueKey(a.tag), a.metadata!]));
  const rows = await client.asset.findMany({
    where: { tenantId, tagKey: { in: [...defined.keys()] } },
    select: { id: true, tagKey: true, metadata: true },
  });
  for (const row of rows) {
    const current = (row.metadata ?? {}) as Record<string, unknown>;
    const missing = Object.entries(defined.get(row.tagKey)!).filter(([key]) => !(key in current));
    if (missing.length === 0) continue;
    const metadata = ZAssetMetadata.parse({ ...Object.fromEntries(missing), ...current });
    await client.asset.updateMany({ where: { tenantId, id: row.id }, data: { metadata } });
  }
}
