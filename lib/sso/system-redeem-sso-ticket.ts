/**
 * The `sso-ticket` Auth.js provider's check: a valid ticket for a user who is still active, in an
 * active tenant, with an unchanged session version, redeemed at most once (compare-and-set on
 * last_sign_in_at, see sso-ticket.ts). Records `auth.sso_sign_in`.
 */
import 'server-only';
import { db } from '../db/client';
import { recordAudit } from '../audit/system-audit';
import type { SignedInUser } from '../auth/system-authenticate';
import { issueTicket, verifyTicket } from './sso-ticket';

/** A ticket for a user the callback has just provisioned. */
export async function ticketFor(userId: string, tenantId: string): Promise<string | null> {
  const user = await db().user.findUnique({
    where: { id: userId, tenantId },
    select: { sessionVersion: true, lastSignInAt: true },
  });
  if (!user) return null;
  return issueTicket({
    uid: userId,
    tid: tenantId,
    sv: user.sessionVersion,
    lsi: user.lastSignInAt?.getTime() ?? 0,
  });
}

export async function redeemSsoTicket(value: unknown, requestId?: string): Promise<SignedInUser | null> {
  const ticket = verifyTicket(value);
  if (!ticket) return null;
  const claimed = await db().user.updateMany({
    where: {
      id: ticket.uid,
      tenantId: ticket.tid,
      authSource: 'sso',
      status: 'active',
      sessionVersion: ticket.sv,
      // the stored time may carry microseconds the ticket's milliseconds do not
      lastSignInAt: ticket.lsi === 0 ? null : { gte: new Date(ticket.lsi), lt: new Date(ticket.lsi + 1) },
      tenant: { status: 'active' },
    },
    data: { lastSignInAt: new Date() },
  });
  if (claimed.count !== 1) return null;
  const user = await db().user.findUniqueOrThrow({
    where: { id: ticket.uid },
    select: { id: true, email: true, name: true, role: true, tenantId: true, sessionVersion: true },
  });
  await recordAudit({
    tenantId: user.tenantId,
    actorUserId: user.id,
    action: 'auth.sso_sign_in',
    targetType: 'user',
    targetId: user.id,
    requestId,
  });
  return user;
}
