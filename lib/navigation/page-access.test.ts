import fs from 'node:fs';
import path from 'node:path';
import { pageAccess } from './page-access';

const admin = { role: 'tenant_admin' as const, tenantId: 't1' };
const flags = { audit_log: true } as never;

describe('pageAccess', () => {
  it('sends a missing session to sign-in', () => {
    expect(pageAccess(null, null, 'home').kind).toBe('sign_in');
  });

  it('sends a session that must change its password to the change-password page, for every page', () => {
    for (const key of ['home', 'users', 'auditLog', 'apiKeys', 'sso', 'settings'] as const)
      expect(pageAccess({ ...admin, mustChangePassword: true }, flags, key).kind).toBe('change_password');
  });

  it('shows a page the viewer may see, and 404s one they may not', () => {
    expect(pageAccess(admin, flags, 'users')).toMatchObject({ kind: 'show', item: { key: 'users' } });
    expect(pageAccess({ role: 'viewer', tenantId: 't1' }, flags, 'users').kind).toBe('not_found');
    expect(pageAccess(admin, flags, 'tenants').kind).toBe('not_found');
  });
});

// The guard protects only the pages that call it: every page behind sign-in must.
describe('page guards', () => {
  const root = path.join(process.cwd(), 'app', '[locale]', '(app)');
  const pages = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return pages(full);
      return entry.name === 'page.tsx' ? [full] : [];
    });

  it.each(pages(root).map((p) => [path.relative(root, p)]))('%s calls requirePage()', (file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    expect(source).toMatch(/await requirePage\(/);
  });
});
