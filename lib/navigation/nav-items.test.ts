import { resolveFlags } from '../flags/flags';
import { visibleNav } from './nav-items';
import { pageAccess } from './page-access';

const keys = (items: { key: string }[]) => items.map((i) => i.key);
const allOn = resolveFlags([]);
const auditOff = resolveFlags([{ flag: 'audit_log', enabled: false }]);

describe('sidebar per role and flag', () => {
  it('platform_owner sees Home and the Management entries, no tenant modules', () => {
    expect(keys(visibleNav({ role: 'platform_owner', tenantId: null }, null))).toEqual([
      'home',
      'tenants',
      'platformUsers',
      'platformAuditLog',
      'systemStatus',
    ]);
  });
  it('tenant_admin sees assets, sites, users, the audit log, settings, SSO and API keys', () => {
    expect(keys(visibleNav({ role: 'tenant_admin', tenantId: 't' }, allOn))).toEqual([
      'home',
      'assets',
      'sites',
      'users',
      'auditLog',
      'settings',
      'sso',
      'apiKeys',
    ]);
  });
  it('hides a module whose flag is off for the tenant', () => {
    expect(keys(visibleNav({ role: 'tenant_admin', tenantId: 't' }, auditOff))).not.toContain('auditLog');
  });
  it.each(['reliability_engineer', 'optimization_engineer', 'engineer', 'viewer'] as const)(
    '%s sees Home, the assets and the sites',
    (role) => {
      expect(keys(visibleNav({ role, tenantId: 't' }, allOn))).toEqual(['home', 'assets', 'sites']);
    },
  );

  it('guards the plant import page for those who write assets, without a sidebar entry', () => {
    for (const role of ['tenant_admin', 'reliability_engineer', 'engineer'] as const) {
      expect(pageAccess({ role, tenantId: 't' }, allOn, 'plantImport')).toMatchObject({ kind: 'show' });
    }
    for (const role of ['optimization_engineer', 'viewer', 'platform_owner'] as const) {
      expect(pageAccess({ role, tenantId: role === 'platform_owner' ? null : 't' }, allOn, 'plantImport')).toEqual({
        kind: 'not_found',
      });
    }
  });
});
