import { resolveFlags } from '../flags/flags';
import { visibleNav } from './nav-items';

const keys = (items: { key: string }[]) => items.map((i) => i.key);
const allOn = resolveFlags([]);
const auditOff = resolveFlags([{ flag: 'audit_log', enabled: false }]);

describe('sidebar per role and flag', () => {
  it('platform_owner sees Home and Management → System status, no tenant modules', () => {
    expect(keys(visibleNav({ role: 'platform_owner', tenantId: null }, null))).toEqual(['home', 'systemStatus']);
  });
  it('tenant_admin sees the audit log and settings', () => {
    expect(keys(visibleNav({ role: 'tenant_admin', tenantId: 't' }, allOn))).toEqual(['home', 'auditLog', 'settings']);
  });
  it('hides a module whose flag is off for the tenant', () => {
    expect(keys(visibleNav({ role: 'tenant_admin', tenantId: 't' }, auditOff))).toEqual(['home', 'settings']);
  });
  it.each(['reliability_engineer', 'optimization_engineer', 'engineer', 'viewer'] as const)(
    '%s sees only Home',
    (role) => {
      expect(keys(visibleNav({ role, tenantId: 't' }, allOn))).toEqual(['home']);
    },
  );
});
