import 'server-only';
import { env } from '../env';
import { AppError } from '../http/app-error';
import type { BrowsedTag } from '../connectors/connector';
import { assertCan, loadIntegration, type IntegrationActor } from './integration-access';
import { checkConnectorInput, requireConnector } from './connector-input';
import { openSecrets } from './integration-secrets';
import { problemOf } from '../connectors/connector-problem';
import { withinTimeout } from './within-timeout';

/**
 * The source's points, for picking tags to map: `{ tags: BrowsedTag[] }`. 409 `browse_unsupported`
 * for kinds that cannot list (REST push, CSV, demo); 502 `browse_failed` with the connector's
 * problem code when the source cannot be reached (within INTEGRATION_TEST_TIMEOUT_MS). 404 for
 * another tenant's integration. Mapping is configuration: tenant_admin only.
 */
export async function browseIntegration(actor: IntegrationActor, id: string): Promise<{ tags: BrowsedTag[] }> {
  assertCan(actor, 'integrations.manage');
  const row = await loadIntegration(actor, id);
  const connector = requireConnector(row.kind);
  if (!connector.browse) throw new AppError('browse_unsupported', 409, 'integrationsApi.errors.browseUnsupported');
  const browse = connector.browse.bind(connector);
  const { config, secrets } = checkConnectorInput(connector, row.config, openSecrets(row.sealedSecrets));
  const timeoutMs = env().INTEGRATION_TEST_TIMEOUT_MS;
  const outcome = await withinTimeout<{ tags: BrowsedTag[] } | { problem: ReturnType<typeof problemOf> }>(
    async (signal) => {
      try {
        return { tags: await browse(config, secrets, { timeoutMs, signal }) };
      } catch (error) {
        return { problem: problemOf(error) };
      }
    },
    timeoutMs + 1000,
    () => ({ problem: { code: 'timeout' } }),
  );
  if ('problem' in outcome) {
    throw new AppError('browse_failed', 502, 'integrationsApi.errors.browseFailed', {
      connectorCode: outcome.problem.code,
      ...(outcome.problem.detail ? { detail: outcome.problem.detail } : {}),
    });
  }
  return outcome;
}
