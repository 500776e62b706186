import en from '../../../messages/en.json';
import { ZSqlHistorianConfig, ZSqlHistorianSecrets } from './config';

const valid = {
  host: 'historian.plant.local',
  database: 'pi',
  user: 'reader',
  table: 'archive.readings',
  tagColumn: 'tag',
  timeColumn: 'ts',
  valueColumn: 'value',
};

function messageAt(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

function issuesOf(input: unknown) {
  return ZSqlHistorianConfig.safeParse(input).error?.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
  }));
}

describe('ZSqlHistorianConfig', () => {
  it('fills the defaults and keeps identifiers exactly as written', () => {
    expect(ZSqlHistorianConfig.parse({ ...valid, qualityColumn: '' })).toEqual({
      ...valid,
      port: 5432,
      ssl: false,
      pollIntervalSeconds: 10,
      batchSize: 5000,
      statementTimeoutMs: 10_000,
    });
    expect(ZSqlHistorianConfig.parse({ ...valid, table: 'Readings', valueColumn: 'Wert_$1' })).toMatchObject({
      table: 'Readings',
      valueColumn: 'Wert_$1',
    });
  });

  it.each([
    ['table', 'readings; DROP TABLE readings', 'tableName'],
    ['table', 'a.b.c', 'tableName'],
    ['table', '"readings"', 'tableName'],
    ['tagColumn', 'tag"; --', 'identifier'],
    ['timeColumn', '1ts', 'identifier'],
    ['valueColumn', 'a'.repeat(64), 'identifier'],
    ['qualityColumn', 'q q', 'identifier'],
    ['host', 'evil host', 'host'],
    ['port', 70000, 'port'],
    ['batchSize', 0, 'batchSize'],
    ['pollIntervalSeconds', 1.5, 'pollIntervalSeconds'],
    ['statementTimeoutMs', 10, 'statementTimeoutMs'],
  ])('refuses %s = %j with a message key', (field, value, key) => {
    expect(issuesOf({ ...valid, [field]: value })).toEqual([
      { path: field, message: `integrations.config.sqlHistorian.${key}` },
    ]);
  });

  it('refuses unknown fields, and every message key it uses exists', () => {
    expect(issuesOf({ ...valid, sql: 'DELETE FROM x' })?.[0]?.message).toBe(
      'integrations.config.sqlHistorian.unknownField',
    );
    const all = [
      ...(issuesOf({}) ?? []),
      ...(issuesOf({ ...valid, table: '1', tagColumn: '-', ssl: 'yes', extra: 1 }) ?? []),
    ];
    for (const { message } of all) expect(typeof messageAt(message)).toBe('string');
  });

  it('accepts IP literals and takes an optional password', () => {
    for (const host of ['10.0.0.5', '::1', '[fd00::5]']) expect(issuesOf({ ...valid, host })).toBeUndefined();
    expect(ZSqlHistorianSecrets.parse({})).toEqual({});
    expect(ZSqlHistorianSecrets.parse({ password: 'x' })).toEqual({ password: 'x' });
  });
});
