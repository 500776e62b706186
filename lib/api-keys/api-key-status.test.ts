import { apiKeyEffect, apiKeyStatus, type ApiKeyCreatorState } from './api-key-status';

describe('apiKeyStatus', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const past = new Date('2026-06-01T11:59:59Z');
  const future = new Date('2026-06-01T12:00:01Z');
  const TENANT = 'tenant-a';
  const admin: ApiKeyCreatorState = { role: 'tenant_admin', status: 'active', tenantId: TENANT };
  const key = (over: { revokedAt?: Date | null; expiresAt?: Date | null; role?: string } = {}) => ({
    tenantId: TENANT,
    role: 'tenant_admin',
    revokedAt: null,
    expiresAt: null,
    ...over,
  });

  it.each([
    [{}, 'active'],
    [{ expiresAt: future }, 'active'],
    [{ expiresAt: past }, 'expired'],
    [{ expiresAt: now }, 'expired'],
    [{ revokedAt: past }, 'revoked'],
    [{ revokedAt: past, expiresAt: past }, 'revoked'],
  ] as const)('%o with an active admin creator → %s', (over, status) => {
    expect(apiKeyStatus(key(over), admin, now)).toBe(status);
  });

  it('is suspended while its creator is disabled, gone, or not of the key’s tenant', () => {
    expect(apiKeyStatus(key(), { ...admin, status: 'disabled' }, now)).toBe('suspended');
    expect(apiKeyStatus(key(), null, now)).toBe('suspended');
    expect(apiKeyStatus(key(), { ...admin, tenantId: 'tenant-b' }, now)).toBe('suspended');
    expect(apiKeyStatus(key(), { ...admin, tenantId: null, role: 'platform_owner' }, now)).toBe('suspended');
    expect(apiKeyStatus(key(), { ...admin, role: 'root' }, now)).toBe('suspended');
  });

  it('is narrowed when the creator’s current role lacks some of the key’s permissions', () => {
    expect(apiKeyStatus(key(), { ...admin, role: 'engineer' }, now)).toBe('narrowed');
    expect(apiKeyStatus(key({ role: 'reliability_engineer' }), { ...admin, role: 'engineer' }, now)).toBe('narrowed');
    // A key within what the creator still may do is untouched.
    expect(apiKeyStatus(key({ role: 'viewer' }), { ...admin, role: 'engineer' }, now)).toBe('active');
    expect(apiKeyStatus(key({ role: 'engineer' }), { ...admin, role: 'reliability_engineer' }, now)).toBe('active');
  });

  it('lets revoked and expired win over what the creator became', () => {
    expect(apiKeyStatus(key({ revokedAt: past }), null, now)).toBe('revoked');
    expect(apiKeyStatus(key({ expiresAt: past }), { ...admin, status: 'disabled' }, now)).toBe('expired');
  });
});

describe('apiKeyEffect', () => {
  const key = { tenantId: 't', role: 'tenant_admin', revokedAt: null, expiresAt: null };
  it('gives the permissions a key may use: none unless active or narrowed', () => {
    const narrowed = apiKeyEffect(key, { role: 'viewer', status: 'active', tenantId: 't' });
    expect(narrowed.status).toBe('narrowed');
    expect(narrowed.permissions).toContain('assets.read');
    expect(narrowed.permissions).not.toContain('tenant_users.manage');
    expect(apiKeyEffect(key, { role: 'tenant_admin', status: 'disabled', tenantId: 't' })).toEqual({
      status: 'suspended',
      permissions: [],
    });
  });
});
