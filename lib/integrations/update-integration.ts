import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditIntegration, fullView, loadIntegration, type IntegrationActor } from './integration-access';
import { checkConnectorInput, requireConnector } from './connector-input';
import { changedSecretNames, mergeSecrets, openSecrets, sealSecrets } from './integration-secrets';
import { INTEGRATION_COLUMNS, type IntegrationRow } from './integration-view';
import type { UpdateIntegration } from './integration-schemas';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes name, config (replaced as a whole), secrets (a field given replaces, `null` clears it,
 * an omitted field or `secrets` omitted keeps what is stored) or enabled. A change of config,
 * secrets or enabled bumps `revision` (the worker restarts the session); disabling sets status
 * `disabled`, enabling `pending` until the worker reports. Config and the resulting secrets are
 * validated with the kind's connector schemas (400). 404 for another tenant's integration. The
 * audit row has before/after of name, config and enabled, and only the NAMES of changed secret
 * fields. Returns the IntegrationView (unchanged when nothing differs; no audit row then).
 */
export async function updateIntegration(actor: IntegrationActor, id: string, input: UpdateIntegration) {
  assertCan(actor, 'integrations.manage');
  const current = await loadIntegration(actor, id);
  const storedSecrets = openSecrets(current.sealedSecrets);
  let config = current.config as Record<string, unknown>;
  let secrets = storedSecrets;
  if (input.config !== undefined || input.secrets !== undefined) {
    const checked = checkConnectorInput(
      requireConnector(current.kind),
      input.config ?? current.config,
      mergeSecrets(storedSecrets, input.secrets),
    );
    config = checked.config;
    secrets = checked.secrets;
  }

  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  if (input.name !== undefined && input.name !== current.name) {
    [before.name, after.name, data.name] = [current.name, input.name, input.name];
  }
  if (input.config !== undefined && !sameJson(config, current.config)) {
    [before.config, after.config, data.config] = [current.config, config, config];
  }
  const secretChanges = changedSecretNames(storedSecrets, secrets);
  if (secretChanges.length > 0) {
    after.writeOnlyFieldsChanged = secretChanges;
    data.sealedSecrets = sealSecrets(secrets);
  }
  if (input.enabled !== undefined && input.enabled !== current.enabled) {
    [before.enabled, after.enabled, data.enabled] = [current.enabled, input.enabled, input.enabled];
    data.status = input.enabled ? 'pending' : 'disabled';
  }
  if (Object.keys(data).length === 0) return fullView(actor, current);
  const restarts = 'config' in data || 'sealedSecrets' in data || 'enabled' in data;

  const row = (await tenantDb(actor).integration.update({
    where: { tenantId_id: { tenantId: actor.tenantId!, id } },
    data: { ...data, ...(restarts ? { revision: { increment: 1 } } : {}) } as never,
    select: INTEGRATION_COLUMNS,
  })) as IntegrationRow;
  const action =
    'enabled' in data && Object.keys(data).length === 2
      ? data.enabled
        ? 'integration.enable'
        : 'integration.disable'
      : 'integration.update';
  await auditIntegration(actor, action, { type: 'integration', id }, { before, after });
  return fullView(actor, row);
}
