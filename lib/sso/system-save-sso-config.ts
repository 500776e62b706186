/**
 * Saves a tenant's SSO settings. A system-* module because one rule spans tenants: an email
 * domain routes sign-ins to exactly one tenant, so a domain another tenant already claims is a
 * 409. A transaction-scoped advisory lock serialises saves, so two tenants cannot claim the same
 * domain at once. Every other read and write names ctx.tenantId explicitly.
 */
import 'server-only';
import { db, type Role } from '../db/client';
import { AppError } from '../http/app-error';
import { recordAudit } from '../audit/system-audit';
import { OutboundAddressRefused, resolveOutboundUrl } from '../net/outbound-policy';
import type { RequestContext } from '../tenancy/request-context';
import { seal } from './secret-box';
import { isIssuerSchemeAllowed } from './sso-env';
import { toSsoConfigView, type SsoConfigView } from './get-sso-config';
import type { SsoConfigInput } from './sso-schema';

/** Any constant shared by all savers; the value only has to be unique within this app. */
const DOMAIN_LOCK = 4_242_001;

type SaveContext = Pick<RequestContext, 'tenantId' | 'userId' | 'requestId'>;

export async function saveSsoConfig(ctx: SaveContext, input: SsoConfigInput): Promise<SsoConfigView> {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new AppError('tenant_required', 400, 'errors.tenantRequired');
  if (!isIssuerSchemeAllowed(input.issuer))
    throw new AppError('sso_issuer_insecure', 400, 'sso.errors.issuerHttps', { field: 'issuer' });
  await refuseForbiddenIssuer(input.issuer);
  const newSecret = input.clientSecret?.trim() ? input.clientSecret.trim() : null;

  const { before, after } = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DOMAIN_LOCK}::bigint)`;
    const taken = await tx.tenantSsoConfig.findMany({
      where: { tenantId: { not: tenantId }, allowedDomains: { hasSome: input.allowedDomains } },
      select: { allowedDomains: true },
    });
    const conflicts = input.allowedDomains.filter((d) => taken.some((t) => t.allowedDomains.includes(d)));
    if (conflicts.length > 0)
      throw new AppError('sso_domain_taken', 409, 'sso.errors.domainTaken', {
        field: 'allowedDomains',
        domains: conflicts,
      });

    const existing = await tx.tenantSsoConfig.findUnique({ where: { tenantId } });
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
    return { before: existing ? toSsoConfigView(existing) : null, after: toSsoConfigView(saved) };
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
  return after;
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
