/**
 * Saves a tenant's SSO settings. A system-* module because one rule spans tenants: an email
 * domain may be claimed only when no user of another tenant, no platform user and no other
 * tenant's pending or verified claim has it (409 naming the domains). New domains start as
 * PENDING claims that route nothing until proven (system-verify-domain-claim.ts). The
 * domain-claims lock serialises every such decision; every other read and write names
 * ctx.tenantId explicitly.
 */
import 'server-only';
import { db, Prisma, type Role } from '../db/client';
import { AppError } from '../http/app-error';
import { recordAudit } from '../audit/system-audit';
import { OutboundAddressRefused, resolveOutboundUrl } from '../net/outbound-policy';
import type { RequestContext } from '../tenancy/request-context';
import { seal } from './secret-box';
import { isIssuerSchemeAllowed } from './sso-env';
import { getSsoConfig, toSsoConfigView, type SsoConfigView, type SsoSettingsView } from './get-sso-config';
import type { SsoConfigInput } from './sso-schema';
import { domainTaken } from './domain-claim-errors';
import { assertDomainsClaimable } from './system-domain-conflicts';
import { lockDomainClaims } from './system-domain-lock';
import { claimsToRelease, domainsToClaim, syncDomainClaims } from './system-sync-domain-claims';

type SaveContext = Pick<RequestContext, 'tenantId' | 'userId' | 'requestId'>;

export async function saveSsoConfig(ctx: SaveContext, input: SsoConfigInput): Promise<SsoSettingsView> {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new AppError('tenant_required', 400, 'errors.tenantRequired');
  if (!isIssuerSchemeAllowed(input.issuer))
    throw new AppError('sso_issuer_insecure', 400, 'sso.errors.issuerHttps', { field: 'issuer' });
  await refuseForbiddenIssuer(input.issuer);
  const newSecret = input.clientSecret?.trim() ? input.clientSecret.trim() : null;

  const { before, after } = await db()
    .$transaction(async (tx) => {
      await lockDomainClaims(tx, 'exclusive');
      const existing = await tx.tenantSsoConfig.findUnique({ where: { tenantId } });
      const claims = await tx.ssoDomainClaim.findMany({
        where: { tenantId },
        select: { id: true, domain: true, status: true },
      });
      const claim = domainsToClaim(input.allowedDomains, existing?.allowedDomains ?? [], claims);
      await assertDomainsClaimable(tx, tenantId, claim);

      if (!existing && !newSecret)
        throw new AppError('sso_secret_required', 400, 'sso.errors.clientSecretRequired', {
          errors: [{ path: 'clientSecret', message: 'sso.errors.clientSecretRequired' }],
        });
      const data = {
        provider: input.provider,
        issuer: input.issuer,
        clientId: input.clientId,
        allowedDomains: input.allowedDomains,
        defaultRole: input.defaultRole as Role,
        jitEnabled: input.jitEnabled,
        enabled: input.enabled,
        ...(newSecret ? { clientSecretEncrypted: seal(newSecret, 'sso-client-secret') } : {}),
      };
      const saved = await tx.tenantSsoConfig.upsert({
        where: { tenantId },
        create: { tenantId, ...data, clientSecretEncrypted: data.clientSecretEncrypted ?? '' },
        update: data,
      });
      await syncDomainClaims(
        tx,
        { tenantId, userId: ctx.userId, requestId: ctx.requestId },
        { claim, release: claimsToRelease(input.allowedDomains, claims) },
      );
      return { before: existing ? toSsoConfigView(existing) : null, after: toSsoConfigView(saved) };
    })
    .catch((error: unknown) => {
      // The unique live-domain index caught what the lock should have: still a 409, never a 500.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw domainTaken(input.allowedDomains);
      throw error;
    });

  // The views carry no secret; `rotatedClientKey` records that a new one was entered.
  await recordAudit({
    tenantId,
    actorUserId: ctx.userId,
    action: before ? 'sso.config_update' : 'sso.config_create',
    targetType: 'sso_config',
    targetId: tenantId,
    before: before ? auditView(before) : undefined,
    after: { ...auditView(after), rotatedClientKey: Boolean(newSecret) },
    requestId: ctx.requestId,
  });
  return (await getSsoConfig({ tenantId }))!;
}

/**
 * 422 when the issuer's address is refused by the outbound policy. A name that does not resolve
 * (yet) may be saved: every later request is checked again when it connects.
 */
async function refuseForbiddenIssuer(issuer: string) {
  try {
    await resolveOutboundUrl(issuer);
  } catch (error) {
    if (error instanceof OutboundAddressRefused) throw error;
  }
}

function auditView(view: SsoConfigView) {
  const { updatedAt: _updatedAt, clientSecretSet: _set, ...rest } = view;
  void _updatedAt;
  void _set;
  return rest;
}
