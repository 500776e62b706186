/**
 * The demo replay as an integration of kind `demo` (docs/integrations.md → "Demo replay"): one per
 * demo tenant, created by the seed and, for tenants seeded before it existed, by the replay step.
 * Its id is the provenance of every demo sample; disabling it pauses the replay for that tenant.
 */
import { db } from '../db/client';

export const DEMO_INTEGRATION_NAME = 'Demo replay';

export interface DemoIntegration {
  id: string;
  enabled: boolean;
}

/** The tenant's demo integration, created when missing. Idempotent, also when two workers race. */
export async function ensureDemoIntegration(tenantId: string): Promise<DemoIntegration> {
  const select = { id: true, enabled: true } as const;
  const existing = await db().integration.findFirst({
    where: { tenantId, kind: 'demo' },
    orderBy: { createdAt: 'asc' },
    select,
  });
  if (existing) return existing;
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`demo-integration:${tenantId}`}))::text`;
    const found = await tx.integration.findFirst({ where: { tenantId, kind: 'demo' }, select });
    return found ?? tx.integration.create({ data: { tenantId, name: DEMO_INTEGRATION_NAME, kind: 'demo' }, select });
  });
}

/** The demo integration of each tenant that has demo replay streams. */
export async function demoIntegrations(): Promise<Map<string, DemoIntegration>> {
  const tenants = await db().demoReplay.findMany({ distinct: ['tenantId'], select: { tenantId: true } });
  const out = new Map<string, DemoIntegration>();
  for (const { tenantId } of tenants) out.set(tenantId, await ensureDemoIntegration(tenantId));
  return out;
}
