import { connectorFor } from '../registry';

describe.each(['rest_push', 'csv'] as const)('connector kind %s', (kind) => {
  const connector = connectorFor(kind)!;

  it('is registered with an empty config, answers test ok and has no session', async () => {
    expect(connector.kind).toBe(kind);
    expect(connector.configSchema.parse({})).toEqual({});
    expect(connector.secretsSchema.parse({})).toEqual({});
    expect(connector.configSchema.safeParse({ url: 'x' }).error?.issues[0]?.message).toBe(
      'integrations.config.unknownField',
    );
    await expect(connector.test({}, {}, { timeoutMs: 100 })).resolves.toMatchObject({ ok: true });
    expect(connector.start).toBeUndefined();
    expect(connector.browse).toBeUndefined();
  });
});
