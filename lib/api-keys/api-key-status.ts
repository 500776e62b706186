/** A key is revoked (for good), expired (its time has passed) or active. Revoked wins over expired. */
export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}
