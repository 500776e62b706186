/**
 * Demo replay (kind `demo`): the worker's `demo.replay` job (lib/demo/system-demo-ingest.ts) writes
 * the recorded demo plant with this integration's id, and pauses while it is disabled. There is
 * nothing to connect to and no session for the supervisor to start.
 */
import type { Connector } from '../connector';
import { ZDemoConfig, ZDemoSecrets, type DemoConfig, type DemoSecrets } from './config';

export const demoConnector: Connector<DemoConfig, DemoSecrets> = {
  kind: 'demo',
  configSchema: ZDemoConfig,
  secretsSchema: ZDemoSecrets,
  async test() {
    return { ok: true, latencyMs: 0, detail: 'demo replay: recorded data, nothing to connect to' };
  },
};
