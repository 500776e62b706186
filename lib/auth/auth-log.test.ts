/**
 * Auth.js failures → log levels, with Auth.js's real error classes and our own refusals. Auth.js
 * is ESM, which Jest's CJS transform cannot load, so the cases run in a tsx child process (as in
 * schema-drift.int.test.ts) and print what was classified and logged.
 * The production build minifies class names (`InvalidCredentials` became `c`); the "minified"
 * cases are classes with such names, which a check of `error.name` got wrong.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(60_000);

interface Case {
  level: string;
  name: string;
  lines: Record<string, unknown>[];
}

const script = `
  import { AccessDenied, CallbackRouteError, CredentialsSignin, MissingCSRF } from '@auth/core/errors';
  import { InvalidCredentials, InvalidTicket, Throttled } from './lib/auth/sign-in-errors';
  import { authErrorLevel, authLogger } from './lib/auth/auth-log';
  import { createLogger } from './lib/log/logger';
  import { runInRequestScope } from './lib/http/request-scope';

  const c = class extends CredentialsSignin {};
  const d = class extends CallbackRouteError {};
  const cases = {
    wrongPassword: new InvalidCredentials(),
    throttled: new Throttled(),
    badTicket: new InvalidTicket(),
    minifiedRefusal: new c(),
    missingCsrf: new MissingCSRF('no token'),
    accessDenied: new AccessDenied('denied'),
    databaseDown: new CallbackRouteError(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
    minifiedFailure: new d(new Error('boom')),
    plainError: new Error('unexpected'),
  };
  const out = {};
  for (const [key, error] of Object.entries(cases)) {
    const lines = [];
    const log = createLogger({ level: 'debug', destination: { write: (s) => lines.push(JSON.parse(s)) } });
    runInRequestScope('req-' + key, () => authLogger(() => log).error(error));
    out[key] = { level: authErrorLevel(error), name: error.name, lines };
  }
  process.stdout.write(JSON.stringify(out));`;

let cases: Record<string, Case>;
beforeAll(() => {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  cases = JSON.parse(execFileSync(tsx, ['--eval', script], { cwd: process.cwd(), encoding: 'utf8' }));
});

describe('authErrorLevel', () => {
  it('treats refused sign-ins (wrong password, throttled, bad SSO ticket) as expected outcomes', () => {
    for (const key of ['wrongPassword', 'throttled', 'badTicket']) expect(cases[key]!.level).toBe('info');
  });

  it('recognises a refusal whose class name was minified', () => {
    expect(cases.minifiedRefusal!.name).toBe('c');
    expect(cases.minifiedRefusal!.level).toBe('info');
  });

  it('warns about requests Auth.js refuses as the client’s fault', () => {
    expect(cases.missingCsrf!.level).toBe('warn');
    expect(cases.accessDenied!.level).toBe('warn');
  });

  it('keeps real failures at error level, minified or not', () => {
    for (const key of ['databaseDown', 'minifiedFailure', 'plainError']) expect(cases[key]!.level).toBe('error');
  });
});

describe('authLogger', () => {
  it('logs a refusal as one info line with its reason code and request id, nothing secret', () => {
    expect(cases.wrongPassword!.lines).toEqual([
      expect.objectContaining({
        level: 'info',
        scope: 'auth',
        msg: 'sign-in refused',
        authError: 'CredentialsSignin',
        code: 'invalid',
        requestId: 'req-wrongPassword',
      }),
    ]);
    expect(cases.throttled!.lines[0]).toMatchObject({ level: 'info', code: 'throttled' });
    expect(cases.badTicket!.lines[0]).toMatchObject({ level: 'info', code: 'sso_ticket' });
  });

  it('logs a real failure at error level with the error Auth.js wrapped', () => {
    expect(cases.databaseDown!.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'auth error',
        authError: 'CallbackRouteError',
        requestId: 'req-databaseDown',
        cause: expect.objectContaining({ message: 'connect ECONNREFUSED 127.0.0.1:5432' }),
      }),
    ]);
    expect(cases.plainError!.lines[0]).toMatchObject({ level: 'error', err: { message: 'unexpected' } });
  });
});
