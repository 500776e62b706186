/**
 * The SQL historian connector (kind `sql_historian`): a PostgreSQL table of (time, tag, value[,
 * quality]) rows, read incrementally after a (time, tag) cursor. Only SELECTs, each inside a READ
 * ONLY transaction with the configured statement timeout (historian-connection.ts). The endpoint
 * goes through the outbound-address policy on test, browse and start alike. docs/integrations.md.
 */
import { performance } from 'node:perf_hooks';
import type { Connector } from '../connector';
import { ZSqlHistorianConfig, ZSqlHistorianSecrets, type SqlHistorianConfig, type SqlHistorianSecrets } from './config';
import { inReadOnlyTransaction, withHistorian } from './historian-connection';
import { historianProblem } from './historian-errors';
import { startHistorianSession } from './historian-session';
import { distinctTagsQuery, probeQuery } from './historian-sql';

/** Browse lists at most this many distinct tags. */
export const BROWSE_LIMIT = 5000;

export const sqlHistorianConnector: Connector<SqlHistorianConfig, SqlHistorianSecrets> = {
  kind: 'sql_historian',
  configSchema: ZSqlHistorianConfig,
  secretsSchema: ZSqlHistorianSecrets,

  /** Connect, then one `SELECT <configured columns> … LIMIT 1` read-only, all within timeoutMs. */
  async test(config, secrets, { timeoutMs }) {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    try {
      const rows = await withHistorian(config, secrets, timeoutMs, (client) =>
        inReadOnlyTransaction(client, Math.min(config.statementTimeoutMs, timeoutMs), async (tx) => {
          return (await tx.query(probeQuery(config))).rowCount ?? 0;
        }),
      );
      return { ok: true, latencyMs: latency(), detail: rows === 0 ? 'the table is empty' : 'read one row' };
    } catch (error) {
      return { ok: false, latencyMs: latency(), ...historianProblem(error) };
    }
  },

  /**
   * The distinct values of the tag column (at most BROWSE_LIMIT, sorted), within timeoutMs.
   * Rejects with an Error whose `code`/`detail` are the ConnectorProblem (e.g. `timeout`).
   */
  async browse(config, secrets, { timeoutMs }) {
    try {
      const tags = await withHistorian(config, secrets, timeoutMs, (client) =>
        inReadOnlyTransaction(client, Math.min(config.statementTimeoutMs, timeoutMs), async (tx) => {
          return (await tx.query<{ tag: string }>(distinctTagsQuery(config), [BROWSE_LIMIT])).rows;
        }),
      );
      return tags.map(({ tag }) => ({ externalTag: tag, displayName: tag }));
    } catch (error) {
      const problem = historianProblem(error);
      throw Object.assign(new Error(problem.detail ?? problem.code), problem);
    }
  },

  async start(config, secrets, sink, options) {
    return startHistorianSession(config, secrets, sink, options);
  },
};
