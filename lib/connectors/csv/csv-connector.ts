/**
 * CSV upload (kind `csv`): history arrives as uploaded files, so there is no endpoint to test and
 * no session for the supervisor to start.
 */
import type { Connector } from '../connector';
import { ZCsvConfig, ZCsvSecrets, type CsvConfig, type CsvSecrets } from './config';

export const csvConnector: Connector<CsvConfig, CsvSecrets> = {
  kind: 'csv',
  configSchema: ZCsvConfig,
  secretsSchema: ZCsvSecrets,
  async test() {
    return { ok: true, latencyMs: 0, detail: 'upload integration: nothing to connect to' };
  },
};
