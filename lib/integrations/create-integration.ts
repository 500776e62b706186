import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditIntegration, fullView, type IntegrationActor } from './integration-access';
import { checkConnectorInput, requireConnector } from './connector-input';
import { mergeSecrets, sealSecrets, secretNames } from './integration-secrets';
import { INTEGRATION_COLUMNS, type IntegrationRow } from './integration-view';
import type { CreateIntegration } from './integration-schemas';

/**
 * Adds an integration (enabled, status `pending` until the worker connects). `config` and
 * `secrets` are validated with the kind's connector schemas (400 on `config.*` / `secrets.*`);
 * 400 `integration_kind_unavailable` for a kind without a connector module. Secrets are sealed;
 * the audit row names the secret fields set, never their values. Returns the IntegrationView.
 */
export async function createIntegration(actor: IntegrationActor, input: CreateIntegration) {
  assertCan(actor, 'integrations.manage');
  const connector = requireConnector(input.kind);
  const checked = checkConnectorInput(connector, input.config, mergeSecrets({}, input.secrets));
  const row = (await tenantDb(actor).integration.create({
    data: {
      name: input.name,
      kind: input.kind,
      config: checked.config as object,
      sealedSecrets: sealSecrets(checked.secrets),
      createdById: actor.userId,
    } as never,
    select: INTEGRATION_COLUMNS,
  })) as IntegrationRow;
  await auditIntegration(
    actor,
    'integration.create',
    { type: 'integration', id: row.id },
    {
      after: {
        name: row.name,
        kind: row.kind,
        enabled: row.enabled,
        config: checked.config,
        writeOnlyFields: secretNames(checked.secrets),
      },
    },
  );
  return fullView(actor, row);
}
