/**
 * What the worker's supervisor (worker/integrations/supervisor.ts) reads and writes about
 * integrations across all tenants: the enabled integrations of active tenants with their opened
 * secrets and mapped tags, their status, their mappings' tag state, and which mapped tags have
 * been silent past their staleness window.
 */
import 'server-only';
import { db } from '../db/client';
import type { ConnectorProblem, IntegrationKind } from '../connectors/connector';
import { open } from '../sso/secret-box';
import { staleAfterSeconds } from '../trends/connectivity';

export interface RunnableIntegration {
  tenantId: string;
  id: string;
  kind: IntegrationKind;
  revision: number;
  config: unknown;
  /** opened secrets ({} when none); null when they cannot be opened (AUTH_SECRET rotated) */
  secrets: unknown;
  cursor: string | null;
  tags: string[];
}

/** Enabled integrations of active tenants, of the given kinds, with their mapped external tags. */
export async function loadRunnableIntegrations(kinds: IntegrationKind[]): Promise<RunnableIntegration[]> {
  if (kinds.length === 0) return [];
  const rows = await db().integration.findMany({
    where: { enabled: true, kind: { in: kinds }, tenant: { status: 'active' } },
    select: {
      tenantId: true,
      id: true,
      kind: true,
      revision: true,
      config: true,
      sealedSecrets: true,
      cursor: true,
      mappings: { select: { externalTag: true }, orderBy: { externalTag: 'asc' } },
    },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => ({
    tenantId: row.tenantId,
    id: row.id,
    kind: row.kind,
    revision: row.revision,
    config: row.config,
    secrets: openSecrets(row.sealedSecrets),
    cursor: row.cursor,
    tags: row.mappings.map((m) => m.externalTag),
  }));
}

function openSecrets(sealed: string | null): unknown {
  if (!sealed) return {};
  const plain = open(sealed, 'integration-secrets');
  if (plain === null) return null;
  try {
    return JSON.parse(plain);
  } catch {
    return null;
  }
}

export type RuntimeStatus = 'pending' | 'connected' | 'degraded' | 'error' | 'disabled';

/**
 * Sets the status (status_at moves only when it changes) and, for `error`, the last error; a
 * status other than error leaves the last error as it was (the page shows when it happened).
 */
export async function writeIntegrationStatus(
  ref: { tenantId: string; integrationId: string },
  status: RuntimeStatus,
  problem: ConnectorProblem | null = null,
  at: Date = new Date(),
) {
  const where = { tenantId: ref.tenantId, id: ref.integrationId };
  await db().integration.updateMany({ where: { ...where, status: { not: status } }, data: { status, statusAt: at } });
  if (problem) {
    await db().integration.updateMany({
      where,
      data: { lastErrorCode: problem.code, lastErrorDetail: problem.detail ?? null, lastErrorAt: at },
    });
  }
}

/** Marks every disabled integration `disabled`, and a re-enabled one of a kind without sessions `pending`. */
export async function syncDisabledStatus(sessionlessKinds: IntegrationKind[], at: Date = new Date()) {
  await db().integration.updateMany({
    where: { enabled: false, status: { not: 'disabled' } },
    data: { status: 'disabled', statusAt: at },
  });
  await db().integration.updateMany({
    where: { enabled: true, status: 'disabled', kind: { in: sessionlessKinds } },
    data: { status: 'pending', statusAt: at },
  });
}

/** The connector's view of one mapped tag (error makes the integration degraded). */
export async function writeTagState(
  ref: { tenantId: string; integrationId: string },
  externalTag: string,
  problem: ConnectorProblem | null,
  at: Date = new Date(),
) {
  await db().externalSignalMapping.updateMany({
    where: { tenantId: ref.tenantId, integrationId: ref.integrationId, externalTag },
    data: problem
      ? { tagState: 'error', tagErrorCode: problem.code, tagErrorAt: at }
      : { tagState: 'ok', tagErrorCode: null, tagErrorAt: null },
  });
}

/** Clears every tag error of an integration (a new session reports its own). */
export async function resetTagStates(ref: { tenantId: string; integrationId: string }) {
  await db().externalSignalMapping.updateMany({
    where: { tenantId: ref.tenantId, integrationId: ref.integrationId, tagState: 'error' },
    data: { tagState: 'ok', tagErrorCode: null, tagErrorAt: null },
  });
}

/**
 * Mapped tags that delivered nothing within their signal's staleness window
 * (lib/trends/connectivity.ts), counting from `since` (the session's start) for a tag never seen,
 * and the tags in error.
 */
export async function tagHealth(
  ref: { tenantId: string; integrationId: string },
  since: Date,
  now: Date = new Date(),
): Promise<{ silent: string[]; inError: string[] }> {
  const mappings = await db().externalSignalMapping.findMany({
    where: { tenantId: ref.tenantId, integrationId: ref.integrationId },
    select: {
      externalTag: true,
      lastSeenAt: true,
      tagState: true,
      signal: { select: { sampleIntervalSeconds: true } },
    },
  });
  const silent: string[] = [];
  const inError: string[] = [];
  for (const m of mappings) {
    if (m.tagState === 'error') inError.push(m.externalTag);
    const seen = Math.max(m.lastSeenAt?.getTime() ?? 0, since.getTime());
    if (now.getTime() - seen > 1000 * staleAfterSeconds(m.signal.sampleIntervalSeconds)) silent.push(m.externalTag);
  }
  return { silent, inError };
}
