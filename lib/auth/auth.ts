/**
 * Auth.js v5: credentials (email or username + password) and SSO tickets, with JWT sessions. The token carries
 * user, tenant, role and session version; getRequestContext() re-checks them against the
 * database on every request, so disabling a user or changing a password ends their sessions.
 */
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { isRole, type RoleName } from '../rbac/permissions';
import { clientIp } from '../http/client-ip';
import { logger } from '../log/logger';
import { authLogger } from './auth-log';
import { InvalidCredentials, InvalidTicket, Throttled } from './sign-in-errors';

export const ZSignIn = z.object({
  identifier: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

declare module 'next-auth' {
  interface User {
    role?: RoleName;
    tenantId?: string | null;
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A refused sign-in is an expected outcome (recorded in sign_in_attempts), not a server error.
  logger: authLogger(logger),
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZSignIn.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { authenticate } = await import('./system-authenticate');
        const result = await authenticate({ ...parsed.data, ip: clientIp(request.headers) });
        if (result.status === 'throttled') throw new Throttled();
        if (result.status === 'invalid') throw new InvalidCredentials();
        return result.user;
      },
    }),
    // Single sign-on: /api/sso/callback validates the IdP's answer, then signs in here with a
    // one-time ticket it issued a moment earlier in the same request (lib/sso/sso-ticket.ts).
    Credentials({
      id: 'sso-ticket',
      name: 'SSO ticket',
      credentials: { ticket: {} },
      async authorize(raw) {
        const { redeemSsoTicket } = await import('../sso/system-redeem-sso-ticket');
        const user = await redeemSsoTicket((raw as { ticket?: unknown } | undefined)?.ticket);
        if (!user) throw new InvalidTicket();
        return user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.tenantId = user.tenantId ?? null;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.sub ?? '',
          role: isRole(token.role) ? token.role : undefined,
          tenantId: (token.tenantId as string | null) ?? null,
          sessionVersion: Number(token.sessionVersion ?? 0),
        },
      };
    },
  },
});
