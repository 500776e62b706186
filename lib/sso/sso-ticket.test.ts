import { issueTicket, TICKET_TTL_SECONDS, verifyTicket } from './sso-ticket';
import { openState, sealState, STATE_TTL_SECONDS } from './sso-state';

const claims = { uid: crypto.randomUUID(), tid: crypto.randomUUID(), sv: 3, lsi: 1_700_000_000_123 };
const NOW = 1_800_000_000_000;

describe('SSO ticket (the callback → Auth.js hand-over)', () => {
  it('verifies a fresh ticket and returns its claims', () => {
    const ticket = issueTicket(claims, { now: NOW });
    expect(verifyTicket(ticket, { now: NOW + 1000 })).toMatchObject({
      ...claims,
      exp: NOW / 1000 + TICKET_TTL_SECONDS,
    });
  });

  it('expires after 60 seconds', () => {
    const ticket = issueTicket(claims, { now: NOW });
    expect(verifyTicket(ticket, { now: NOW + 59_000 })).not.toBeNull();
    expect(verifyTicket(ticket, { now: NOW + 60_000 })).toBeNull();
  });

  it('refuses a ticket from the future (issued with a longer lifetime than allowed)', () => {
    const ticket = issueTicket(claims, { now: NOW + 120_000 });
    expect(verifyTicket(ticket, { now: NOW })).toBeNull();
  });

  it('refuses altered claims, another key and garbage', () => {
    const ticket = issueTicket(claims, { now: NOW });
    const [payload, mac] = ticket.split('.');
    const altered = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sv: 4 }),
    );
    expect(verifyTicket(`${altered.toString('base64url')}.${mac}`, { now: NOW })).toBeNull();
    expect(
      verifyTicket(issueTicket(claims, { now: NOW, secret: 'another-secret-0123456789-0123456789' }), { now: NOW }),
    ).toBeNull();
    for (const bad of [undefined, null, 42, '', 'a.b', `${ticket}.x`, 'x'.repeat(5000)]) {
      expect(verifyTicket(bad, { now: NOW })).toBeNull();
    }
  });

  it('gives every ticket its own id', () => {
    const a = verifyTicket(issueTicket(claims, { now: NOW }), { now: NOW });
    const b = verifyTicket(issueTicket(claims, { now: NOW }), { now: NOW });
    expect(a!.jti).not.toBe(b!.jti);
  });
});

describe('SSO state cookie', () => {
  const state = {
    tenantId: crypto.randomUUID(),
    issuer: 'https://idp.example.com',
    state: 'state-0123456789abcdef',
    nonce: 'nonce-0123456789abcdef',
    codeVerifier: 'v'.repeat(43),
    redirectUri: 'https://app.example.com/api/sso/callback',
    locale: 'en' as const,
    next: '/settings',
  };

  it('round-trips and expires after ten minutes', () => {
    const cookie = sealState(state, NOW);
    expect(cookie).not.toContain('state-0123456789abcdef');
    expect(openState(cookie, NOW + 1000)).toMatchObject(state);
    expect(openState(cookie, NOW + STATE_TTL_SECONDS * 1000)).toBeNull();
  });

  it('refuses a missing or altered cookie', () => {
    expect(openState(undefined, NOW)).toBeNull();
    const cookie = sealState(state, NOW);
    // the IV's first character: all six of its bits count
    const flipped = `v1.${cookie[3] === 'A' ? 'B' : 'A'}${cookie.slice(4)}`;
    expect(openState(flipped, NOW)).toBeNull();
  });
});
