import 'server-only';
import { env } from '../env';
import type { TestConnectionResult } from '../connectors/connector';
import { assertCan, loadIntegration, type IntegrationActor } from './integration-access';
import { checkConnectorInput, requireConnector } from './connector-input';
import { mergeSecrets, openSecrets } from './integration-secrets';
import { problemOf } from '../connectors/connector-problem';
import { withinTimeout } from './within-timeout';
import type { TestConnectionInput } from './integration-schemas';

/**
 * Connects once with the given settings (saved or not) and answers within INTEGRATION_TEST_TIMEOUT_MS:
 * `{ ok: true, latencyMs }` or `{ ok: false, latencyMs, code, detail? }` — a failed connection is an
 * answer, not an error. With `integrationId`, secret fields omitted from `secrets` come from that
 * integration (same kind; 404 when not this tenant's). 400 for invalid config; tenant_admin only.
 */
export async function testIntegration(
  actor: IntegrationActor,
  input: TestConnectionInput,
): Promise<TestConnectionResult> {
  assertCan(actor, 'integrations.manage');
  const connector = requireConnector(input.kind);
  const stored = input.integrationId
    ? openSecrets((await loadIntegration(actor, input.integrationId)).sealedSecrets)
    : {};
  const { config, secrets } = checkConnectorInput(connector, input.config, mergeSecrets(stored, input.secrets));
  const timeoutMs = env().INTEGRATION_TEST_TIMEOUT_MS;
  const started = Date.now();
  return withinTimeout<TestConnectionResult>(
    async (signal) => {
      try {
        return await connector.test(config, secrets, { timeoutMs, signal });
      } catch (error) {
        return { ok: false as const, latencyMs: Date.now() - started, ...problemOf(error) };
      }
    },
    timeoutMs + 1000,
    () => ({ ok: false as const, latencyMs: Date.now() - started, code: 'timeout' as const }),
  );
}
