import { isSessionCurrent } from './session-rules';

const user = { status: 'active', sessionVersion: 3, tenantId: 't1', role: 'engineer', tenant: { status: 'active' } };
const claims = { sessionVersion: 3, tenantId: 't1', role: 'engineer' };

describe('isSessionCurrent', () => {
  it('accepts a session that matches the stored user', () => {
    expect(isSessionCurrent(claims, user)).toBe(true);
  });
  it('ends the session when the password changed (version bumped)', () => {
    expect(isSessionCurrent(claims, { ...user, sessionVersion: 4 })).toBe(false);
  });
  it('ends the session of a disabled user', () => {
    expect(isSessionCurrent(claims, { ...user, status: 'disabled' })).toBe(false);
  });
  it('ends the session when the tenant is suspended', () => {
    expect(isSessionCurrent(claims, { ...user, tenant: { status: 'suspended' } })).toBe(false);
  });
  it('ends the session when the user moved tenant', () => {
    expect(isSessionCurrent(claims, { ...user, tenantId: 't2' })).toBe(false);
  });
  it('accepts a platform owner without tenant', () => {
    expect(
      isSessionCurrent(
        { sessionVersion: 1, tenantId: null },
        { ...user, sessionVersion: 1, tenantId: null, tenant: null },
      ),
    ).toBe(true);
  });
});
