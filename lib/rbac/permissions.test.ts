import {
  allows,
  can,
  effectivePermissions,
  isRole,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLES,
  type Permission,
} from './permissions';

// The expected table, written out by hand: one column per role in this order
// platform_owner, tenant_admin, reliability_engineer, optimization_engineer, engineer, viewer.
const EXPECTED: Record<Permission, string> = {
  'platform.tenants.manage': 'X.....',
  'platform.status.read': 'X.....',
  'tenant.read': '.XXXXX',
  'tenant.settings.manage': '.X....',
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
  'integrations.status': '.XXXXX',
  'integrations.read': '.XXXX.',
  'integrations.manage': '.X....',
  'digital_twin.read': '.XXXXX',
  'blackbox.read': '.XXXXX',
  'blackbox.manage': '.XX...',
  'optimization.read': '.XXXXX',
  'optimization.manage': '.X.X..',
  'samples.push': '.XX.X.',
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

describe('allows (what one request may do)', () => {
  it('is the role’s permission when nothing narrows it (sessions)', () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS) {
        expect(allows({ role }, permission)).toBe(can(role, permission));
      }
    }
  });

  it('narrows an API key to what its creator’s current role allows too', () => {
    const key = { role: 'tenant_admin' as const, apiKeyCreatorRole: 'engineer' as const };
    expect(allows(key, 'tenant_users.manage')).toBe(false);
    expect(allows(key, 'tenant_users.read')).toBe(false);
    expect(allows(key, 'assets.read')).toBe(true);
    expect(allows(key, 'work_orders.manage')).toBe(true);
    // Never wider than the key's own role, whatever the creator may do.
    const viewerKey = { role: 'viewer' as const, apiKeyCreatorRole: 'tenant_admin' as const };
    expect(allows(viewerKey, 'work_orders.manage')).toBe(false);
    expect(allows(viewerKey, 'assets.read')).toBe(true);
  });

  it('lists the effective permissions as the intersection of both roles', () => {
    expect(effectivePermissions({ role: 'reliability_engineer', apiKeyCreatorRole: 'optimization_engineer' })).toEqual(
      [...ROLE_PERMISSIONS.viewer, 'integrations.read'].sort(),
    );
    expect(effectivePermissions({ role: 'engineer' })).toEqual([...ROLE_PERMISSIONS.engineer].sort());
  });
});
