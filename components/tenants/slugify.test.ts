import { slugify } from './slugify';
import { ZTenantSlug } from '@/lib/tenants/tenant-schemas';

describe('slugify', () => {
  it.each([
    ['Gulf Petro Co.', 'gulf-petro-co'],
    ['  Émile & Söhne  ', 'emile-sohne'],
    ['شركة الخليج', ''],
    ['ACME 2026 -- Plant #3', 'acme-2026-plant-3'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
  it('always suggests a valid slug (or nothing)', () => {
    const long = slugify(`${'a'.repeat(62)} b`);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(ZTenantSlug.safeParse(long).success).toBe(true);
  });
});
