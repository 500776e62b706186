/**
 * RBAC as data: every permission is `resource.action`; each role lists what it may do.
 * `can()` reads the table (permissions.test.ts pins it); `allows()` is the one check for a caller,
 * so an API key is narrowed to its creator's current role wherever anything is authorized.
 */
export const ROLES = [
  'platform_owner',
  'tenant_admin',
  'reliability_engineer',
  'optimization_engineer',
  'engineer',
  'viewer',
] as const;
export type RoleName = (typeof ROLES)[number];

export const TENANT_ROLES = ROLES.filter((r) => r !== 'platform_owner');

export const PERMISSIONS = [
  'platform.tenants.manage',
  'platform.status.read',
  'tenant.read',
  'tenant.settings.manage',
  'tenant_users.read',
  'tenant_users.manage',
  'audit.read',
  'sso.manage',
  'api_keys.manage',
  'flags.read',
  'flags.manage',
  'assets.read',
  'assets.manage',
  'signals.read',
  'signals.manage',
  'work_orders.read',
  'work_orders.manage',
  'integrations.status',
  'integrations.read',
  'integrations.manage',
  'digital_twin.read',
  'blackbox.read',
  'blackbox.manage',
  'optimization.read',
  'optimization.manage',
  'samples.push',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_PLANT: Permission[] = [
  'tenant.read',
  // every tenant role sees which integrations exist and whether data flows (not their config)
  'integrations.status',
  'assets.read',
  'signals.read',
  'work_orders.read',
  'digital_twin.read',
  'blackbox.read',
  'optimization.read',
];

/**
 * The plant model (sites, units, assets, links, signals) is kept by the people who run the plant;
 * they may also push measurements into it (`samples.push`: POST /api/v1/ingest, usually with a key).
 */
const MANAGE_PLANT: Permission[] = [...READ_PLANT, 'assets.manage', 'signals.manage', 'samples.push'];

export const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
  platform_owner: [
    'platform.tenants.manage',
    'platform.status.read',
    'tenant_users.read',
    'tenant_users.manage',
    'audit.read',
    'flags.read',
    'flags.manage',
  ],
  tenant_admin: [
    ...READ_PLANT,
    'tenant.settings.manage',
    'tenant_users.read',
    'tenant_users.manage',
    'audit.read',
    'sso.manage',
    'api_keys.manage',
    'flags.read',
    'assets.manage',
    'signals.manage',
    'work_orders.manage',
    'integrations.read',
    'integrations.manage',
    'blackbox.manage',
    'optimization.manage',
    'samples.push',
  ],
  reliability_engineer: [...MANAGE_PLANT, 'work_orders.manage', 'blackbox.manage', 'integrations.read'],
  optimization_engineer: [...READ_PLANT, 'optimization.manage', 'integrations.read'],
  engineer: [...MANAGE_PLANT, 'work_orders.manage', 'integrations.read'],
  viewer: [...READ_PLANT],
};

export function can(role: RoleName, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Who is asking, as far as authorization goes (a RequestContext fits). An API-key request carries
 * its creator's current role too: a key may do only what its own role AND its creator may do now.
 */
export interface Grant {
  role: RoleName;
  apiKeyCreatorRole?: RoleName;
}

/** The check for every request (withApi) and page (sidebar, requirePage). */
export function allows(grant: Grant, permission: Permission): boolean {
  return (
    can(grant.role, permission) && (grant.apiKeyCreatorRole === undefined || can(grant.apiKeyCreatorRole, permission))
  );
}

/** Everything a grant allows, sorted (for showing and comparing narrowed keys). */
export function effectivePermissions(grant: Grant): Permission[] {
  return PERMISSIONS.filter((p) => allows(grant, p)).sort();
}

export function isRole(value: unknown): value is RoleName {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
