/**
 * The lint rule that keeps class and function names out of behaviour (they are minified in the
 * production build). Runs the project's real ESLint config on snippets.
 */
import { execFileSync } from 'node:child_process';

/** ESLint's output for `code` as a feature file: '' when clean; throws if ESLint itself fails. */
function lint(code: string): string {
  try {
    execFileSync('npx', ['eslint', '--stdin', '--stdin-filename', 'lib/auth/snippet.ts'], {
      input: code,
      encoding: 'utf8',
    });
    return '';
  } catch (error) {
    const { status, stdout } = error as { status?: number; stdout?: string };
    if (status !== 1) throw error; // 1 = lint problems found; anything else is a broken run
    return String(stdout);
  }
}

jest.setTimeout(60_000);

describe('class-name lint rule', () => {
  it("rejects decisions on an error's name or a constructor's name", () => {
    const snippet = `export const f = (error: Error, x: object) => [error.name === 'CredentialsSignin', x.constructor.name];\n`;
    const out = lint(snippet);
    expect(out.match(/minified in production builds/g)).toHaveLength(2);
  });
  it('allows names of data and the error type Auth.js sets', () => {
    const snippet = `export const f = (user: { name: string }, error: { type?: string }) => [user.name, error.type];\n`;
    expect(lint(snippet)).toBe('');
  });
});
