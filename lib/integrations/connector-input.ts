/**
 * The kind-specific half of validation: the connector module of a kind (lib/connectors/registry.ts)
 * owns the zod schemas of its `config` and `secrets`. Problems come back as one ZodError with paths
 * under `config.` / `secrets.`, which withApi answers as a 400 with localized field errors.
 */
import 'server-only';
import { z } from 'zod';
import { AppError } from '../http/app-error';
import { connectorFor } from '../connectors/registry';
import type { Connector, IntegrationKind } from '../connectors/connector';
import type { SecretFields } from './integration-secrets';

/** The kind's connector; 400 `integration_kind_unavailable` while that kind has no module. */
export function requireConnector(kind: IntegrationKind): Connector<unknown, unknown> {
  const connector = connectorFor(kind);
  if (!connector) {
    throw new AppError('integration_kind_unavailable', 400, 'integrationsApi.errors.kindUnavailable', { kind });
  }
  return connector;
}

export interface CheckedInput {
  config: Record<string, unknown>;
  secrets: SecretFields;
}

/**
 * Parses config and secrets with the connector's schemas (all problems of both at once). Returns
 * the parsed values (defaults applied, unknown keys dropped by the schemas); throws ZodError.
 */
export function checkConnectorInput(connector: Connector<unknown, unknown>, config: unknown, secrets: SecretFields) {
  const issues: z.core.$ZodIssue[] = [];
  const parsedConfig = connector.configSchema.safeParse(config);
  if (!parsedConfig.success) issues.push(...prefixed(parsedConfig.error, 'config'));
  const parsedSecrets = connector.secretsSchema.safeParse(secrets);
  if (!parsedSecrets.success) issues.push(...prefixed(parsedSecrets.error, 'secrets'));
  if (issues.length > 0) throw new z.ZodError(issues);
  return {
    config: (parsedConfig.data ?? {}) as Record<string, unknown>,
    secrets: stringFields(parsedSecrets.data),
  } satisfies CheckedInput;
}

const prefixed = (error: z.ZodError, root: string) =>
  error.issues.map((issue) => ({ ...issue, path: [root, ...issue.path] }) as z.core.$ZodIssue);

/** Secret schemas describe string fields; anything else a schema produced is not stored. */
function stringFields(value: unknown): SecretFields {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
}
