/**
 * Seeds the platform owner and the demo tenant with one user per tenant role, and the demo plant
 * (system-seed-demo-plant.ts). Idempotent: existing rows (by slug / email / code / tag) are left
 * as they are.
 */
import { db } from '../db/client';
import { hashPassword } from '../auth/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANT } from './demo-accounts';
import { seedDemoPlant } from './system-seed-demo-plant';

export async function isDatabaseEmpty(): Promise<boolean> {
  const [tenants, users] = await Promise.all([db().tenant.count(), db().user.count()]);
  return tenants === 0 && users === 0;
}

export async function seedDemo() {
  const tenant = await db().tenant.upsert({
    where: { slug: DEMO_TENANT.slug },
    update: {},
    create: { ...DEMO_TENANT },
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db().user.upsert({
      where: { email: account.email },
      update: {},
      create: {
        email: account.email,
        name: account.name,
        role: account.role,
        tenantId: account.tenant ? tenant.id : null,
        authSource: 'local',
        passwordHash,
      },
    });
  }
  await seedDemoPlant(tenant.id);
  return { tenantId: tenant.id };
}
