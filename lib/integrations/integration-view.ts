/**
 * What the API shows of an integration. Readers (integrations.read) get the full IntegrationView:
 * config without secrets, which secret fields are set, counters and rate. Everyone else with
 * integrations.status (viewers) gets the status only — no config, no counters, no errors' detail.
 */
import 'server-only';
import type { IntegrationKind } from '../connectors/connector';
import { openSecrets, secretNames } from './integration-secrets';
import type { IntegrationStatusName, IntegrationStatusView, IntegrationView } from './integration-shapes';

export type { IntegrationStatusName, IntegrationStatusView, IntegrationView };

/** The columns the views need (never the sealed secrets' plain text). */
export const INTEGRATION_COLUMNS = {
  id: true,
  name: true,
  kind: true,
  enabled: true,
  status: true,
  config: true,
  sealedSecrets: true,
  lastErrorCode: true,
  lastErrorDetail: true,
  lastErrorAt: true,
  lastDataAt: true,
  samplesReceived: true,
  samplesInserted: true,
  samplesDuplicate: true,
  samplesRejectedFuture: true,
  samplesRejectedOld: true,
  samplesRejectedInvalid: true,
  samplesUnmapped: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface IntegrationRow {
  id: string;
  name: string;
  kind: IntegrationKind;
  enabled: boolean;
  status: IntegrationStatusName;
  config: unknown;
  sealedSecrets: string | null;
  lastErrorCode: string | null;
  lastErrorDetail: string | null;
  lastErrorAt: Date | null;
  lastDataAt: Date | null;
  samplesReceived: bigint;
  samplesInserted: bigint;
  samplesDuplicate: bigint;
  samplesRejectedFuture: bigint;
  samplesRejectedOld: bigint;
  samplesRejectedInvalid: bigint;
  samplesUnmapped: bigint;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toStatusView(row: IntegrationRow): IntegrationStatusView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    enabled: row.enabled,
    status: row.status,
    lastDataAt: iso(row.lastDataAt),
  };
}

export function toIntegrationView(row: IntegrationRow, samplesPerMinute: number): IntegrationView {
  return {
    ...toStatusView(row),
    samplesPerMinute,
    lastError:
      row.lastErrorCode && row.lastErrorAt
        ? { code: row.lastErrorCode, detail: row.lastErrorDetail, at: row.lastErrorAt.toISOString() }
        : null,
    config: row.config && typeof row.config === 'object' ? (row.config as Record<string, unknown>) : {},
    secretsSet: secretNames(openSecrets(row.sealedSecrets)),
    counters: {
      received: Number(row.samplesReceived),
      inserted: Number(row.samplesInserted),
      duplicates: Number(row.samplesDuplicate),
      rejectedFuture: Number(row.samplesRejectedFuture),
      rejectedOld: Number(row.samplesRejectedOld),
      rejectedInvalid: Number(row.samplesRejectedInvalid),
      unmapped: Number(row.samplesUnmapped),
    },
    everIngested: row.samplesInserted > BigInt(0),
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
