// The rules of changing a user, without a database: what counts as a change, SSO restrictions,
// self-protection, and when a change would remove an active tenant administrator.
import { assertAllowedChange, changedFields, removesActiveAdmin } from './user-rules';

const admin = { id: 'a', name: 'Admin', role: 'tenant_admin', status: 'active', authSource: 'local' };
const sso = { id: 's', name: 'Sso', role: 'viewer', status: 'active', authSource: 'sso' };

describe('changedFields', () => {
  it('keeps only real changes', () => {
    expect(changedFields(admin, { name: 'Admin', role: 'tenant_admin', status: 'active' })).toEqual({});
    expect(changedFields(admin, { name: 'New', role: 'viewer' })).toEqual({ name: 'New', role: 'viewer' });
  });
});

describe('assertAllowedChange', () => {
  it('refuses any name for SSO users but allows role and status', () => {
    expect(() => assertAllowedChange('x', sso, { name: 'Other' })).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => assertAllowedChange('x', sso, { name: 'Sso' })).toThrow(
      expect.objectContaining({ code: 'sso_user_read_only' }),
    );
    expect(() => assertAllowedChange('x', sso, { role: 'engineer', status: 'disabled' })).not.toThrow();
  });

  it('refuses disabling or demoting oneself, allows the same values and renaming', () => {
    expect(() => assertAllowedChange('a', admin, { status: 'disabled' })).toThrow(
      expect.objectContaining({ code: 'cannot_disable_self' }),
    );
    expect(() => assertAllowedChange('a', admin, { role: 'viewer' })).toThrow(
      expect.objectContaining({ code: 'cannot_demote_self' }),
    );
    expect(() => assertAllowedChange('a', admin, { role: 'tenant_admin', status: 'active', name: 'Me' })).not.toThrow();
    expect(() => assertAllowedChange('other', admin, { role: 'viewer', status: 'disabled' })).not.toThrow();
  });
});

describe('removesActiveAdmin', () => {
  it('is true for demoting or disabling an active admin only', () => {
    expect(removesActiveAdmin(admin, { role: 'viewer' })).toBe(true);
    expect(removesActiveAdmin(admin, { status: 'disabled' })).toBe(true);
    expect(removesActiveAdmin(admin, { role: 'tenant_admin', name: 'x' })).toBe(false);
    expect(removesActiveAdmin({ ...admin, status: 'disabled' }, { role: 'viewer' })).toBe(false);
    expect(removesActiveAdmin({ ...admin, role: 'engineer' }, { status: 'disabled' })).toBe(false);
  });
});
