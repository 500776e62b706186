/**
 * Runs every enabled integration whose connector has a session (`start`), across all tenants
 * (docs/integrations.md → "Runtime"). Every tick (INTEGRATION_SUPERVISOR_TICK_MS):
 *   - loads the enabled integrations of active tenants with their mapped tags and cursor;
 *   - starts a session for each one this process can lock (one session per integration across
 *     workers: advisory lock on a dedicated connection), restarts it when `revision` changed,
 *     stops it when the integration was disabled or deleted;
 *   - a start that fails is retried with exponential backoff (capped);
 *   - derives the status: error (start failed / connection down, with last_error_*), pending (no
 *     word from the connector yet), degraded (connected, but a mapped tag is in error or silent past
 *     its staleness window), connected; disabled integrations read `disabled`.
 * The sink hands batches to ingestReadings (lib/integrations/system-ingest-readings.ts) and
 * resolves only after commit.
 */
import type { Logger } from 'pino';
import {
  INTEGRATION_KINDS,
  type Connector,
  type ConnectorProblem,
  type ConnectorSession,
  type ConnectorSink,
  type IntegrationKind,
} from '../../lib/connectors/connector';
import { problemOf } from '../../lib/connectors/connector-problem';
import { connectorFor as registryConnectorFor } from '../../lib/connectors/registry';
import { ingestReadings } from '../../lib/integrations/system-ingest-readings';
import {
  loadRunnableIntegrations,
  resetTagStates,
  syncDisabledStatus,
  tagHealth,
  writeIntegrationStatus,
  writeTagState,
  type RunnableIntegration,
  type RuntimeStatus,
} from '../../lib/integrations/system-load-integrations';
import { deleteIngestMinutesBefore } from '../../lib/db/integration-ingest-store';
import { SessionLocks } from './session-locks';

const HOUSEKEEPING_EVERY_MS = 3_600_000;
const RATE_ROWS_KEPT_MS = 86_400_000;

export interface SupervisorOptions {
  connectionString: string;
  log: Logger;
  /** how often integrations are (re)loaded; default 5 s */
  tickMs?: number;
  /** start-failure backoff: initialMs × 2^(failures − 1), at most maxMs */
  backoff?: { initialMs: number; maxMs: number };
  /** the connector registry (tests pass a connector of their own) */
  connectorFor?: (kind: IntegrationKind) => Connector<unknown, unknown> | null;
  /** the clock for data times and silence (tests move it forward) */
  clock?: () => Date;
}

interface Runner {
  integration: RunnableIntegration;
  ref: { tenantId: string; integrationId: string };
  abort: AbortController;
  session: ConnectorSession | null;
  starting: boolean;
  stopped: boolean;
  startedAt: Date;
  connection: 'unknown' | 'up' | 'down';
  problem: ConnectorProblem | null;
  failures: number;
  retryAt: number;
  /** status writes of this runner, in order */
  writes: Promise<void>;
  /** the problem last written as last_error_* (written again only when it changes) */
  reported: ConnectorProblem | null;
}

export interface Supervisor {
  /** one pass: load, start/restart/stop sessions, derive statuses */
  tick(): Promise<void>;
  /** starts ticking every tickMs */
  start(): void;
  /** stops ticking and closes every session */
  stop(): Promise<void>;
}

export function createSupervisor(options: SupervisorOptions): Supervisor {
  const connectorFor = options.connectorFor ?? registryConnectorFor;
  const backoff = options.backoff ?? { initialMs: 2_000, maxMs: 300_000 };
  const log = options.log.child({ scope: 'integrations' });
  const clock = options.clock ?? (() => new Date());
  const runners = new Map<string, Runner>();
  const locks = new SessionLocks(options.connectionString, (error) => {
    log.warn({ err: error }, 'session lock connection lost: stopping all sessions');
    for (const runner of [...runners.values()]) void stopRunner(runner, false);
  });
  let ticking: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let lastHousekeeping = 0;

  const schedule = (runner: Runner, work: () => Promise<void>) => {
    runner.writes = runner.writes
      .then(work)
      .catch((error) => log.error({ err: error }, 'integration status write failed'));
    return runner.writes;
  };

  async function evaluate(runner: Runner) {
    if (runner.stopped) return;
    let status: RuntimeStatus;
    if (runner.problem) status = 'error';
    else if (runner.connection !== 'up') status = 'pending';
    else {
      const health = await tagHealth(runner.ref, runner.startedAt, clock());
      status = health.inError.length > 0 || health.silent.length > 0 ? 'degraded' : 'connected';
    }
    if (runner.stopped) return;
    const problem = runner.problem;
    const fresh = problem && (problem.code !== runner.reported?.code || problem.detail !== runner.reported?.detail);
    await writeIntegrationStatus(runner.ref, status, fresh ? problem : null, clock());
    runner.reported = problem;
  }

  function sinkFor(runner: Runner): ConnectorSink {
    return {
      readings: async (batch, cursor) => {
        await ingestReadings(runner.ref, batch, cursor === undefined ? { now: clock() } : { now: clock(), cursor });
      },
      connection: (problem) => {
        if (runner.stopped) return;
        runner.connection = problem ? 'down' : 'up';
        runner.problem = problem;
        if (!problem) runner.failures = 0;
        void schedule(runner, () => evaluate(runner));
      },
      tagStatus: (externalTag, problem) => {
        if (runner.stopped) return;
        void schedule(runner, async () => {
          if (runner.stopped) return;
          await writeTagState(runner.ref, externalTag, problem);
          await evaluate(runner);
        });
      },
    };
  }

  function fail(runner: Runner, problem: ConnectorProblem) {
    runner.session = null;
    runner.failures++;
    runner.retryAt = Date.now() + Math.min(backoff.maxMs, backoff.initialMs * 2 ** (runner.failures - 1));
    runner.connection = 'down';
    runner.problem = problem;
    log.warn(
      { integrationId: runner.ref.integrationId, code: problem.code, failures: runner.failures },
      'integration session failed to start',
    );
    return schedule(runner, () => evaluate(runner));
  }

  async function startRunner(integration: RunnableIntegration, failures = 0) {
    const connector = connectorFor(integration.kind);
    if (!connector?.start) return;
    const runner: Runner = {
      integration,
      ref: { tenantId: integration.tenantId, integrationId: integration.id },
      abort: new AbortController(),
      session: null,
      starting: true,
      stopped: false,
      startedAt: clock(),
      connection: 'unknown',
      problem: null,
      failures,
      retryAt: 0,
      writes: Promise.resolve(),
      reported: null,
    };
    runners.set(integration.id, runner);
    try {
      const config = connector.configSchema.safeParse(integration.config);
      const secrets = integration.secrets === null ? null : connector.secretsSchema.safeParse(integration.secrets);
      if (!config.success) return await fail(runner, { code: 'bad_config', detail: 'stored configuration is invalid' });
      if (!secrets?.success) {
        return await fail(runner, { code: 'bad_config', detail: 'stored secrets cannot be opened: enter them again' });
      }
      await resetTagStates(runner.ref);
      await schedule(runner, () => evaluate(runner));
      const session = await connector.start(config.data, secrets.data, sinkFor(runner), {
        tags: integration.tags,
        cursor: integration.cursor,
        signal: runner.abort.signal,
      });
      if (runner.stopped) await session.close().catch(() => undefined);
      else runner.session = session;
    } catch (error) {
      if (!runner.stopped) await fail(runner, problemOf(error));
    } finally {
      runner.starting = false;
    }
  }

  async function stopRunner(runner: Runner, unlock = true) {
    if (runners.get(runner.ref.integrationId) === runner) runners.delete(runner.ref.integrationId);
    runner.stopped = true;
    runner.abort.abort();
    await runner.session?.close().catch((error) => log.warn({ err: error }, 'integration session close failed'));
    runner.session = null;
    await runner.writes;
    if (unlock) await locks.unlock(runner.ref.integrationId).catch(() => undefined);
  }

  async function pass() {
    const kinds = INTEGRATION_KINDS.filter((kind) => connectorFor(kind)?.start);
    const sessionless = INTEGRATION_KINDS.filter(
      (kind) => kind !== 'demo' && connectorFor(kind) && !connectorFor(kind)!.start,
    );
    const integrations = await loadRunnableIntegrations(kinds);
    const wanted = new Map(integrations.map((i) => [i.id, i]));

    for (const runner of [...runners.values()]) {
      const next = wanted.get(runner.ref.integrationId);
      if (!next) await stopRunner(runner);
      else if (next.revision !== runner.integration.revision) {
        log.info({ integrationId: runner.ref.integrationId }, 'integration changed: restarting its session');
        await stopRunner(runner, false); // keep the lock across the restart
        void startRunner(next);
      }
    }
    await syncDisabledStatus(sessionless);

    for (const integration of integrations) {
      const runner = runners.get(integration.id);
      if (runner) {
        if (!runner.session && !runner.starting && Date.now() >= runner.retryAt) {
          runners.delete(integration.id);
          void startRunner(integration, runner.failures);
        } else if (runner.session) await schedule(runner, () => evaluate(runner));
        continue;
      }
      if (await locks.tryLock(integration.id)) void startRunner(integration);
    }

    if (Date.now() - lastHousekeeping > HOUSEKEEPING_EVERY_MS) {
      lastHousekeeping = Date.now();
      await deleteIngestMinutesBefore(new Date(Date.now() - RATE_ROWS_KEPT_MS));
    }
  }

  const tick = () => {
    ticking ??= pass()
      .catch((error) => log.error({ err: error }, 'integration supervisor pass failed'))
      .finally(() => {
        ticking = null;
      });
    return ticking;
  };

  return {
    tick,
    start() {
      void tick();
      timer = setInterval(() => void tick(), options.tickMs ?? 5_000);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await ticking;
      await Promise.all([...runners.values()].map((runner) => stopRunner(runner)));
      await locks.close();
    },
  };
}
