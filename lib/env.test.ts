import { parseEnv } from './env';

const valid = { DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db', AUTH_SECRET: 'x'.repeat(32) };

describe('parseEnv', () => {
  it('accepts a minimal valid configuration and applies defaults', () => {
    const env = parseEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.SIGNIN_MAX_FAILURES_PER_ACCOUNT).toBe(5);
  });

  it('lists every problem in one readable message', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', PORT: 'abc' })).toThrow(
      /DATABASE_URL: must be a postgres[\s\S]*AUTH_SECRET: must be at least 32[\s\S]*PORT/,
    );
  });

  it('fails when DATABASE_URL is missing', () => {
    expect(() => parseEnv({ AUTH_SECRET: 'x'.repeat(32) })).toThrow(/DATABASE_URL/);
  });

  it('parses SEED_DEMO as a boolean', () => {
    expect(parseEnv({ ...valid, SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
    expect(parseEnv({ ...valid, SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
  });

  it('bounds the integrations Test connection timeout (default 10 s)', () => {
    expect(parseEnv(valid).INTEGRATION_TEST_TIMEOUT_MS).toBe(10_000);
    expect(parseEnv({ ...valid, INTEGRATION_TEST_TIMEOUT_MS: '2500' }).INTEGRATION_TEST_TIMEOUT_MS).toBe(2500);
    expect(() => parseEnv({ ...valid, INTEGRATION_TEST_TIMEOUT_MS: '0' })).toThrow(/INTEGRATION_TEST_TIMEOUT_MS/);
    expect(() => parseEnv({ ...valid, INTEGRATION_TEST_TIMEOUT_MS: 'soon' })).toThrow(/INTEGRATION_TEST_TIMEOUT_MS/);
  });

  it('validates the outbound-address switches (off unless set)', () => {
    expect(parseEnv(valid)).toMatchObject({ OUTBOUND_ALLOW_LOOPBACK: false, OUTBOUND_ALLOW_PRIVATE_NETWORKS: false });
    expect(parseEnv({ ...valid, OUTBOUND_ALLOW_PRIVATE_NETWORKS: 'true' }).OUTBOUND_ALLOW_PRIVATE_NETWORKS).toBe(true);
    expect(() => parseEnv({ ...valid, OUTBOUND_ALLOW_LOOPBACK: 'on' })).toThrow(/OUTBOUND_ALLOW_LOOPBACK/);
  });
});

describe('demo replay settings', () => {
  it('default to a row every 5 s, a turbine cycle every 10 min and 90 days of history at 10 min', () => {
    expect(parseEnv(valid)).toMatchObject({
      DEMO_REPLAY_INTERVAL_SECONDS: 5,
      DEMO_CMAPSS_CYCLE_SECONDS: 600,
      DEMO_BACKFILL_DAYS: 90,
      DEMO_BACKFILL_STEP_SECONDS: 600,
    });
    expect(parseEnv({ ...valid, DEMO_BACKFILL_DAYS: '0' }).DEMO_BACKFILL_DAYS).toBe(0);
  });

  it('refuses intervals that are not whole seconds in range', () => {
    expect(() => parseEnv({ ...valid, DEMO_REPLAY_INTERVAL_SECONDS: '0' })).toThrow(/DEMO_REPLAY_INTERVAL_SECONDS/);
    expect(() => parseEnv({ ...valid, DEMO_CMAPSS_CYCLE_SECONDS: '1.5' })).toThrow(/DEMO_CMAPSS_CYCLE_SECONDS/);
    expect(() => parseEnv({ ...valid, DEMO_BACKFILL_STEP_SECONDS: 'x' })).toThrow(/DEMO_BACKFILL_STEP_SECONDS/);
  });
});
