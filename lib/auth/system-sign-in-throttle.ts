/**
 * Sign-in throttling per account and per IP, kept in Postgres so any number of web processes
 * share it. A system-* module: attempts are recorded before any tenant is known.
 */
import 'server-only';
import { db } from '../db/client';
import { env } from '../env';

export async function isThrottled(identifier: string, ip: string): Promise<boolean> {
  const { SIGNIN_MAX_FAILURES_PER_ACCOUNT, SIGNIN_MAX_FAILURES_PER_IP, SIGNIN_WINDOW_MINUTES } = env();
  const since = new Date(Date.now() - SIGNIN_WINDOW_MINUTES * 60_000);
  const [byAccount, byIp] = await Promise.all([
    db().signInAttempt.count({ where: { identifier, succeeded: false, createdAt: { gte: since } } }),
    db().signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return byAccount >= SIGNIN_MAX_FAILURES_PER_ACCOUNT || byIp >= SIGNIN_MAX_FAILURES_PER_IP;
}

export async function recordSignInAttempt(identifier: string, ip: string, succeeded: boolean) {
  await db().signInAttempt.create({ data: { identifier, ip, succeeded } });
  // A success clears the account's failure streak (the per-IP count stays).
  if (succeeded) await db().signInAttempt.deleteMany({ where: { identifier, succeeded: false } });
}
