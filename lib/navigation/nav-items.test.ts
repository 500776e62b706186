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
  it('tenant_admin sees assets, sites, integrations, users, the audit log, settings, SSO and API keys', () => {
    expect(keys(visibleNav({ role: 'tenant_admin', tenantId: 't' }, allOn))).toEqual([
      'home',
      'assets',
      'sites',
      'integrations',
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
    '%s sees Home, the assets, the sites and the integrations (their status)',
    (role) => {
      expect(keys(visibleNav({ role, tenantId: 't' }, allOn))).toEqual(['home', 'assets', 'sites', 'integrations']);
    },
  );

  it('hides the integrations when the tenant has the module off', () => {
    const off = resolveFlags([{ flag: 'integrations', enabled: false }]);
    expect(keys(visibleNav({ role: 'viewer', tenantId: 't' }, off))).not.toContain('integrations');
  });

  it('guards adding an integration for tenant admins and its page for those who may read integrations', () => {
    expect(pageAccess({ role: 'tenant_admin', tenantId: 't' }, allOn, 'integrationNew')).toMatchObject({
      kind: 'show',
    });
    for (const role of ['reliability_engineer', 'optimization_engineer', 'engineer', 'viewer'] as const)
      expect(pageAccess({ role, tenantId: 't' }, allOn, 'integrationNew')).toEqual({ kind: 'not_found' });
    for (const role of ['tenant_admin', 'reliability_engineer', 'optimization_engineer', 'engineer'] as const)
      expect(pageAccess({ role, tenantId: 't' }, allOn, 'integrationDetail')).toMatchObject({ kind: 'show' });
    expect(pageAccess({ role: 'viewer', tenantId: 't' }, allOn, 'integrationDetail')).toEqual({ kind: 'not_found' });
  });

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
