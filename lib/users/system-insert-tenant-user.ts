/**
 * Inserts a local user into one tenant, in a transaction that first checks (under the
 * domain-claims lock, shared) that no OTHER tenant has verified the email's domain for its SSO:
 * that tenant's IdP would otherwise capture the new account's sign-ins (409 email_domain_claimed).
 * A system-* module because that check reads every tenant's claims; the write names the tenant.
 */
import 'server-only';
import { db, type Prisma } from '../db/client';
import { assertEmailDomainOpen } from '../sso/system-domain-conflicts';
import { PUBLIC_USER_FIELDS } from './list-tenant-users';

export async function insertTenantUser(tenantId: string, data: Omit<Prisma.UserUncheckedCreateInput, 'tenantId'>) {
  return db().$transaction(async (tx) => {
    await assertEmailDomainOpen(tx, data.email, tenantId, 'email');
    return tx.user.create({ data: { ...data, tenantId }, select: PUBLIC_USER_FIELDS });
  });
}
