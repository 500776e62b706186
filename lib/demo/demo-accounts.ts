/** The demo tenant and accounts (listed in README). Only ever seeded on request. */
import type { RoleName } from '../rbac/permissions';

export const DEMO_PASSWORD = 'Optria-Demo-2026';

export const DEMO_TENANT = { name: 'Gulf Petrochemicals', slug: 'gulf-petrochem', defaultLocale: 'ar' } as const;

export const DEMO_ACCOUNTS: { email: string; name: string; role: RoleName; tenant: boolean }[] = [
  { email: 'owner@optria.demo', name: 'Platform Owner', role: 'platform_owner', tenant: false },
  { email: 'admin@gulfpetrochem.demo', name: 'Fatimah Al-Harbi', role: 'tenant_admin', tenant: true },
  { email: 'reliability@gulfpetrochem.demo', name: 'Khalid Al-Otaibi', role: 'reliability_engineer', tenant: true },
  { email: 'optimization@gulfpetrochem.demo', name: 'Noura Al-Qahtani', role: 'optimization_engineer', tenant: true },
  { email: 'engineer@gulfpetrochem.demo', name: 'Omar Al-Shehri', role: 'engineer', tenant: true },
  { email: 'viewer@gulfpetrochem.demo', name: 'Sara Al-Dossary', role: 'viewer', tenant: true },
];
