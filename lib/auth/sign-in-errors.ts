/**
 * The refusals our credentials providers throw. Auth.js turns them into `?error=CredentialsSignin&code=…`
 * and hands them to its logger, which must recognise them by their `type` (see auth-log.ts).
 */
import { CredentialsSignin } from 'next-auth';

/** Wrong identifier or password, disabled user, suspended tenant, malformed form: one answer for all. */
export class InvalidCredentials extends CredentialsSignin {
  code = 'invalid';
}

/** Too many recent failures for the account or the IP (lib/auth/system-sign-in-throttle.ts). */
export class Throttled extends CredentialsSignin {
  code = 'throttled';
}

/** An SSO ticket that is unknown, used, expired or forged (lib/sso/sso-ticket.ts). */
export class InvalidTicket extends CredentialsSignin {
  code = 'sso_ticket';
}
