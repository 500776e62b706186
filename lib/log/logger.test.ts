import { createLogger } from './logger';
import { runInRequestScope } from '../http/request-scope';

function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ level, destination: { write: (s: string) => lines.push(JSON.parse(s)) } });
  return { log, lines };
}

describe('logger', () => {
  it('writes one JSON object per line with a level name, an ISO time and the message', () => {
    const { log, lines } = capture();
    log.info({ tenantId: 't1' }, 'hello');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', msg: 'hello', tenantId: 't1', time: expect.stringMatching(/^\d{4}-/) }),
    ]);
  });

  it('stamps the request id on every line written while a request is served, and none outside', async () => {
    const { log, lines } = capture();
    await runInRequestScope('req-42', async () => {
      await Promise.resolve();
      log.child({ scope: 'sso' }).warn('inside');
    });
    log.info('outside');
    expect(lines[0]).toMatchObject({ requestId: 'req-42', scope: 'sso', msg: 'inside', level: 'warn' });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('redacts secrets at the top level and one object down', () => {
    const { log, lines } = capture();
    log.info(
      {
        password: 'p',
        clientSecret: 'c',
        token: 't',
        headers: { authorization: 'Bearer oiq_x', cookie: 'authjs.session-token=s' },
        input: { newPassword: 'n', name: 'kept' },
      },
      'secrets',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ['"p"', '"c"', '"t"', 'Bearer', 'session-token', '"n"']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ password: '[redacted]', headers: { authorization: '[redacted]' } });
    expect(lines[0]).toMatchObject({ input: { name: 'kept', newPassword: '[redacted]' } });
  });

  it('drops lines below its level', () => {
    const { log, lines } = capture('warn');
    log.info('quiet');
    log.error('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});
