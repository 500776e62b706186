import { can, isRole, PERMISSIONS, ROLES, type Permission } from './permissions';

// The expected table, written out by hand: one column per role in this order
// platform_owner, tenant_admin, reliability_engineer, optimization_engineer, engineer, viewer.
const EXPECTED: Record<Permission, string> = {
  'platform.tenants.manage': 'X.....',
  'platform.status.read': 'X.....',
  'tenant.read': '.XXXXX',
  'tenant_users.read': 'XX....',
  'tenant_users.manage': 'XX....',
  'audit.read': 'XX....',
  'sso.manage': '.X....',
  'api_keys.manage': '.X....',
  'flags.read': 'XX....',
  'flags.manage': 'X.....',
  'assets.read': '.XXXXX',
  'assets.manage': '.XX.X.',
  'signals.read': '.XXXXX',
  'signals.manage': '.XX.X.',
  'work_orders.read': '.XXXXX',
  'work_orders.manage': '.XX.X.',
  'integrations.read': '.XXX..',
  'integrations.manage': '.X....',
  'digital_twin.read': '.XXXXX',
  'blackbox.read': '.XXXXX',
  'blackbox.manage': '.XX...',
  'optimization.read': '.XXXXX',
  'optimization.manage': '.X.X..',
};

describe('RBAC table', () => {
  it('covers every permission', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of PERMISSIONS) {
    ROLES.forEach((role, i) => {
      const allowed = EXPECTED[permission][i] === 'X';
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    });
  }

  it('recognises only the six roles', () => {
    expect(ROLES).toHaveLength(6);
    expect(isRole('tenant_admin')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
