import { apiKeyStatus } from './api-key-status';

describe('apiKeyStatus', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const past = new Date('2026-06-01T11:59:59Z');
  const future = new Date('2026-06-01T12:00:01Z');

  it.each([
    [{ revokedAt: null, expiresAt: null }, 'active'],
    [{ revokedAt: null, expiresAt: future }, 'active'],
    [{ revokedAt: null, expiresAt: past }, 'expired'],
    [{ revokedAt: null, expiresAt: now }, 'expired'],
    [{ revokedAt: past, expiresAt: null }, 'revoked'],
    [{ revokedAt: past, expiresAt: past }, 'revoked'],
  ] as const)('%o → %s', (key, status) => {
    expect(apiKeyStatus(key, now)).toBe(status);
  });
});
