/** Whether the claims in a session token still describe the user as stored. */
export interface SessionClaims {
  sessionVersion?: number;
  tenantId?: string | null;
  role?: string;
}
export interface StoredUser {
  status: string;
  sessionVersion: number;
  tenantId: string | null;
  role: string;
  tenant: { status: string } | null;
}

export function isSessionCurrent(claims: SessionClaims, user: StoredUser): boolean {
  return (
    user.status === 'active' &&
    claims.sessionVersion === user.sessionVersion &&
    (claims.tenantId ?? null) === user.tenantId &&
    (user.tenant === null || user.tenant.status === 'active')
  );
}
